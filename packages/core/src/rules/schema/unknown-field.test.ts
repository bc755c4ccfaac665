import { runRuleTests, type InvalidCase } from '../../../test/support/rule-tester.js';
import { deployment, editLine, insertAfter, POD, widget } from '../../../test/fixtures/schema/manifests.js';
import rule from './unknown-field.js';

/** A typo at every level of a pod spec, with the field podlint must suggest. */
const TYPOS: Array<{
  level: string;
  line: number;
  from: string;
  to: string;
  column: number;
  path: string;
  suggestion: string;
}> = [
  { level: 'object', line: 7, from: 'spec', to: 'Spec', column: 1, path: 'Spec', suggestion: 'spec' },
  {
    level: 'metadata',
    line: 5,
    from: 'labels',
    to: 'lables',
    column: 3,
    path: 'metadata.lables',
    suggestion: 'labels',
  },
  { level: 'pod spec', line: 20, from: 'volumes', to: 'volume', column: 3, path: 'spec.volume', suggestion: 'volumes' },
  {
    level: 'container',
    line: 14,
    from: 'livenessProbe',
    to: 'livenesProbe',
    column: 7,
    path: 'spec.containers[0].livenesProbe',
    suggestion: 'livenessProbe',
  },
  {
    level: 'container (case only)',
    line: 10,
    from: 'image',
    to: 'Image',
    column: 7,
    path: 'spec.containers[0].Image',
    suggestion: 'image',
  },
  {
    level: 'probe',
    line: 16,
    from: 'initialDelaySeconds',
    to: 'initalDelaySeconds',
    column: 9,
    path: 'spec.containers[0].livenessProbe.initalDelaySeconds',
    suggestion: 'initialDelaySeconds',
  },
  {
    level: 'port',
    line: 12,
    from: 'containerPort',
    to: 'containerport',
    column: 11,
    path: 'spec.containers[0].ports[0].containerport',
    suggestion: 'containerPort',
  },
  {
    level: 'volume mount',
    line: 19,
    from: 'mountPath',
    to: 'mountpath',
    column: 11,
    path: 'spec.containers[0].volumeMounts[0].mountpath',
    suggestion: 'mountPath',
  },
  {
    level: 'topology constraint',
    line: 25,
    from: 'topologyKey',
    to: 'topologykey',
    column: 7,
    path: 'spec.topologySpreadConstraints[0].topologykey',
    suggestion: 'topologyKey',
  },
  {
    level: 'topology constraint (transposed letters)',
    line: 26,
    from: 'whenUnsatisfiable',
    to: 'whenUnsatisifable',
    column: 7,
    path: 'spec.topologySpreadConstraints[0].whenUnsatisifable',
    suggestion: 'whenUnsatisfiable',
  },
];

const typoCases: InvalidCase[] = TYPOS.map((typo) => ({
  name: `typo in ${typo.level}: ${typo.to} → ${typo.suggestion}`,
  code: editLine(POD, typo.line, typo.from, typo.to),
  errors: [{ path: typo.path, line: typo.line, column: typo.column, message: `unknown field "${typo.to}" in ` }],
  // The fix renames the key to the suggestion: the original manifest again.
  output: POD,
}));

// The message must carry the suggestion itself; checked separately so a table row shows it.
const suggestionCases: InvalidCase[] = TYPOS.slice(3, 4).map((typo) => ({
  name: `the message of ${typo.to} names ${typo.suggestion}`,
  code: editLine(POD, typo.line, typo.from, typo.to),
  errors: [{ path: typo.path, line: typo.line, column: typo.column, message: `did you mean "${typo.suggestion}"?` }],
}));

runRuleTests(rule, {
  valid: [
    { name: 'a complete Pod', code: POD },
    {
      name: 'a Deployment with probes and resources',
      code: deployment('livenessProbe:\n  tcpSocket: {port: 80}\nresources:\n  limits: {cpu: 500m, memory: 256Mi}'),
    },
    {
      name: 'status and null timestamps decode without complaint',
      code: `${POD}status:\n  phase: Running\n`.replace('  name: web\n', '  name: web\n  creationTimestamp: null\n'),
    },
    { name: 'pod-level resources exist in 1.37', code: insertAfter(POD, 7, '  resources:\n    limits: {cpu: "1"}') },
    {
      name: 'a custom resource that matches its CRD (custom resources: the oracle cannot judge them)',
      code: widget('size: 3\ncolor: red\nextra: {anything: [1, 2]}'),
      oracle: 'skip',
    },
  ],
  invalid: [
    ...typoCases,
    ...suggestionCases,
    {
      name: 'a typo far from any field gets no suggestion',
      code: insertAfter(POD, 10, '      sidecarMode: true'),
      errors: [{ path: 'spec.containers[0].sidecarMode', line: 11, column: 7, message: 'remove it or move it' }],
    },
    {
      name: 'a field removed in 1.36 (PodSpec.workloadRef) at the default 1.37',
      code: insertAfter(POD, 7, '  workloadRef: {name: w}'),
      errors: [{ path: 'spec.workloadRef', line: 8, column: 3, message: 'it was removed in Kubernetes 1.36' }],
    },
    {
      name: 'pod-level resources targeting 1.31 (added in 1.32; the oracle judges 1.37 only)',
      code: insertAfter(POD, 7, '  resources:\n    limits: {cpu: "1"}'),
      kubernetesVersion: '1.31',
      oracle: 'skip',
      errors: [
        {
          path: 'spec.resources',
          line: 8,
          column: 3,
          message: 'not available in Kubernetes 1.31 (it was added in Kubernetes 1.32)',
        },
      ],
    },
    {
      name: 'a YAML 1.1 boolean key in a container is the field "true"',
      code: insertAfter(POD, 10, '      on: true'),
      errors: [
        {
          path: 'spec.containers[0].true',
          line: 11,
          column: 7,
          message: 'the key `on` is read as the boolean true by kubectl (YAML 1.1)',
        },
      ],
    },
    {
      name: 'a typo in a Deployment template',
      code: deployment('imagePullPolicy: IfNotPresent\nreadinessProbes:\n  tcpSocket: {port: 80}'),
      errors: [
        {
          path: 'spec.template.spec.containers[0].readinessProbes',
          line: 21,
          column: 11,
          message: 'did you mean "readinessProbe"?',
        },
      ],
    },
    {
      name: 'a custom resource field its CRD does not define (custom resources: the oracle cannot judge them)',
      code: widget('size: 3\ncolour: red'),
      oracle: 'skip',
      errors: [{ path: 'spec.colour', line: 38, column: 3, message: 'did you mean "color"?' }],
    },
  ],
});
