import { runRuleTests } from '../../../test/support/rule-tester.js';
import { deployment, insertAfter, POD, widget } from '../../../test/fixtures/schema/manifests.js';
import rule from './value-unsupported.js';

const service = (line: string): string => `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector: {app: web}
${line}
  ports:
    - port: 80
`;

const ingress = (pathType: string): string => `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: web
spec:
  rules:
    - http:
        paths:
          - path: /
            pathType: ${pathType}
            backend:
              service: {name: web, port: {number: 80}}
`;

const pullPolicy = (value: string): string => insertAfter(POD, 10, `      imagePullPolicy: ${value}`);

runRuleTests(rule, {
  valid: [
    {
      name: 'ResourceSlice skipNodeOperations is dropped while its alpha gate is off: any value is accepted',
      code: 'apiVersion: resource.k8s.io/v1\nkind: ResourceSlice\nmetadata: {name: worker-1-gpu}\nspec:\n  driver: gpu.example.com\n  nodeName: worker-1\n  pool: {name: worker-1, generation: 1, resourceSliceCount: 1}\n  skipNodeOperations: [Bogus]\n',
    },
    { name: 'IfNotPresent', code: pullPolicy('IfNotPresent') },
    { name: 'an empty imagePullPolicy is defaulted', code: pullPolicy('""') },
    {
      name: 'a LoadBalancer Service with sessionAffinity',
      code: service('  type: LoadBalancer\n  sessionAffinity: ClientIP'),
    },
    { name: 'pathType Prefix', code: ingress('Prefix') },
    { name: 'a Recreate Deployment', code: deployment('', '', 'strategy: {type: Recreate}') },
  ],
  invalid: [
    {
      name: 'imagePullPolicy in the wrong case is fixed',
      code: pullPolicy('ifNotPresent'),
      errors: [
        { path: 'spec.containers[0].imagePullPolicy', line: 11, column: 7, message: 'did you mean "IfNotPresent"?' },
      ],
      output: pullPolicy('IfNotPresent'),
    },
    {
      name: 'a Service type in the wrong case keeps its quotes',
      code: service('  type: "Loadbalancer"'),
      errors: [
        {
          path: 'spec.type',
          line: 7,
          column: 3,
          message: '"Loadbalancer" is not one of "ClusterIP", "ExternalName", "LoadBalancer", "NodePort"',
        },
      ],
      output: service('  type: "LoadBalancer"'),
    },
    {
      name: 'sessionAffinity clientIP',
      code: service('  sessionAffinity: clientIP'),
      errors: [{ path: 'spec.sessionAffinity', line: 7, column: 3, message: 'did you mean "ClientIP"?' }],
      output: service('  sessionAffinity: ClientIP'),
    },
    {
      name: 'pathType prefix',
      code: ingress('prefix'),
      errors: [
        { path: 'spec.rules[0].http.paths[0].pathType', line: 10, column: 13, message: 'did you mean "Prefix"?' },
      ],
      output: ingress('Prefix'),
    },
    {
      name: 'a pathType that is no close match has no fix',
      code: ingress('Regex'),
      errors: [
        {
          path: 'spec.rules[0].http.paths[0].pathType',
          line: 10,
          column: 13,
          message: 'is not one of "Exact", "ImplementationSpecific", "Prefix".',
        },
      ],
      output: null,
    },
    {
      name: 'a Deployment strategy type (the API server reports it at spec.strategy)',
      code: deployment('', '', 'strategy: {type: Rolling}'),
      errors: [
        {
          path: 'spec.strategy.type',
          line: 9,
          column: 14,
          message: 'is not one of "Recreate", "RollingUpdate"',
          oracleField: 'spec.strategy',
        },
      ],
      output: null,
    },
    {
      name: 'toleration operator Gt is not enabled in 1.37',
      code: insertAfter(POD, 7, '  tolerations:\n    - {key: gpu, operator: Gt, value: "2", effect: NoSchedule}'),
      errors: [
        { path: 'spec.tolerations[0].operator', line: 9, column: 18, message: 'is not one of "Equal", "Exists"' },
      ],
    },
    {
      name: 'a custom resource value outside its CRD’s enum (custom resources: the oracle cannot judge them)',
      code: widget('size: 1\ncolor: Red'),
      oracle: 'skip',
      errors: [{ path: 'spec.color', line: 38, column: 3, message: 'did you mean "red"?' }],
      output: widget('size: 1\ncolor: red'),
    },
    {
      name: 'a Node taint effect outside the three the scheduler knows',
      code: 'apiVersion: v1\nkind: Node\nmetadata:\n  name: worker-1\nspec:\n  taints: [{key: dedicated, effect: NoAdmit}]\n',
      errors: [
        {
          path: 'spec.taints[0].effect',
          line: 6,
          column: 29,
          message: 'is not one of "NoExecute", "NoSchedule", "PreferNoSchedule"',
          oracleField: 'metadata.taints[0].effect',
        },
      ],
    },
  ],
});
