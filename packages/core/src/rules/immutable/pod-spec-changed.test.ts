import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './pod-spec-changed.js';

/**
 * Pod `web`. Spec fields (written at column 3) start at line 6; then `containers:`, the container
 * `app` (`- name` one line after it, `image` two lines after it), then container fields at column 7.
 */
const pod = (specFields = '', containerFields = '', image = 'nginx:1.27'): string => `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
${specFields}  containers:
    - name: app
      image: ${image}
${containerFields}`;

const GATE = '  schedulingGates:\n    - name: example.com/quota\n';
const SERVER_GIST = 'spec';
const TERMS =
  '  affinity:\n    nodeAffinity:\n      requiredDuringSchedulingIgnoredDuringExecution:\n        nodeSelectorTerms:\n';

runRuleTests(rule, {
  valid: [
    { name: 'image bump', old: pod(), code: pod('', '', 'nginx:1.28') },
    {
      name: 'the priority the Priority admission gave the Pod written out (a cluster without a default PriorityClass)',
      old: pod(),
      code: pod('  priority: 0\n  preemptionPolicy: PreemptLowerPriority\n'),
      // The oracle runs no admission but ServiceAccount: its stored Pod has no priority.
      oracle: 'reject',
    },
    {
      name: 'the deprecated serviceAccount added: the default service account admission gave the Pod wins, and the alias follows it',
      old: pod(),
      code: pod('  serviceAccount: builder\n'),
    },
    {
      name: 'an image moves to latest: the stored imagePullPolicy (IfNotPresent) stays, as apply does not touch it',
      old: pod(),
      code: pod('', '', 'nginx'),
    },
    {
      name: 'objects with only generateName are never matched: each create makes a new object',
      old: pod('', '      env:\n        - {name: A, value: "1"}\n').replace('  name: web\n', '  generateName: web-\n'),
      code: pod('', '      env:\n        - {name: A, value: "2"}\n').replace('  name: web\n', '  generateName: web-\n'),
    },
    {
      name: 'fields of alpha features the 1.37 API server drops are no change (evictionResponders, bindMountOptions, emptyDir.mode, defaultUser)',
      old: pod(
        '  volumes:\n    - {name: scratch, emptyDir: {}}\n    - {name: settings, configMap: {name: settings, items: [{key: a, path: a}]}}\n',
        '      volumeMounts:\n        - {name: scratch, mountPath: /scratch}\n',
      ),
      code: pod(
        '  evictionResponders: [{name: example.com/drain}]\n  volumes:\n    - {name: scratch, emptyDir: {mode: 448}}\n    - {name: settings, configMap: {name: settings, defaultUser: 1000, items: [{key: a, path: a, user: 1000}]}}\n',
        '      volumeMounts:\n        - {name: scratch, mountPath: /scratch, bindMountOptions: [rbind]}\n',
      ),
    },
    {
      name: 'probe and lifecycle fields of alpha features are no change (httpGet.protocol, lifecycle.stopSignal)',
      old: pod('', '      readinessProbe: {httpGet: {path: /ready, port: 8080}}\n'),
      code: pod(
        '',
        '      readinessProbe: {httpGet: {path: /ready, port: 8080, protocol: HTTP2}}\n      lifecycle: {stopSignal: SIGQUIT}\n',
      ),
    },
    {
      name: 'a probe threshold of 0 is defaulted like an absent one',
      old: pod('', '      readinessProbe: {httpGet: {path: /ready, port: 8080}}\n'),
      code: pod(
        '',
        '      readinessProbe: {httpGet: {path: /ready, port: 8080}, failureThreshold: 0, periodSeconds: 0}\n',
      ),
    },
    { name: 'unchanged Pod', old: pod('  nodeSelector: {disk: ssd}\n'), code: pod('  nodeSelector: {disk: ssd}\n') },
    {
      name: 'a toleration is added',
      old: pod('  tolerations:\n    - {key: a, operator: Exists}\n'),
      code: pod(
        '  tolerations:\n    - {key: a, operator: Exists}\n    - {key: b, operator: Exists, effect: NoSchedule}\n',
      ),
    },
    {
      name: 'tolerationSeconds of an existing toleration changes',
      old: pod(
        '  tolerations:\n    - {key: node.kubernetes.io/not-ready, operator: Exists, effect: NoExecute, tolerationSeconds: 300}\n',
      ),
      code: pod(
        '  tolerations:\n    - {key: node.kubernetes.io/not-ready, operator: Exists, effect: NoExecute, tolerationSeconds: 60}\n',
      ),
    },
    {
      name: 'activeDeadlineSeconds is lowered',
      old: pod('  activeDeadlineSeconds: 600\n'),
      code: pod('  activeDeadlineSeconds: 300\n'),
    },
    { name: 'activeDeadlineSeconds is set', old: pod(), code: pod('  activeDeadlineSeconds: 300\n') },
    { name: 'a scheduling gate is removed', old: pod(GATE), code: pod() },
    {
      name: 'a gated Pod gains a nodeSelector key',
      old: pod(`${GATE}  nodeSelector: {disk: ssd}\n`),
      code: pod(`${GATE}  nodeSelector: {disk: ssd, zone: z1}\n`),
    },
    {
      name: 'a gated Pod without required node affinity gets some',
      old: pod(GATE),
      code: pod(
        `${GATE}  affinity:\n    nodeAffinity:\n      requiredDuringSchedulingIgnoredDuringExecution:\n        nodeSelectorTerms:\n          - matchExpressions: [{key: zone, operator: In, values: [z1]}]\n`,
      ),
    },
    {
      name: 'defaults written in the old manifest and left out of the new one are still the defaults',
      old: pod(
        '  dnsPolicy: ClusterFirst\n  restartPolicy: Always\n  terminationGracePeriodSeconds: 30\n',
        '      imagePullPolicy: IfNotPresent\n      terminationMessagePolicy: File\n',
      ),
      code: pod('', '', 'nginx:1.28'),
    },
    {
      name: 'a quantity written another way is the same quantity',
      old: pod('', '      resources:\n        requests: {memory: 1Gi, cpu: 500m}\n'),
      code: pod('', '      resources:\n        requests: {memory: 1024Mi, cpu: "0.5"}\n'),
    },
  ],
  invalid: [
    {
      name: 'env value changes (the server reports spec with a diff)',
      old: pod('', '      env:\n        - {name: A, value: "1"}\n'),
      code: pod('', '      env:\n        - {name: A, value: "2"}\n'),
      errors: [
        {
          path: 'spec.containers[0].env[0].value',
          line: 10,
          column: 21,
          message: 'spec.containers[0].env[0].value changes "1" → "2"',
          oracleField: SERVER_GIST,
        },
      ],
    },
    {
      name: 'a container is added',
      old: pod(),
      code: `${pod()}    - name: log\n      image: busybox:1.36\n`,
      errors: [{ path: 'spec.containers', line: 6, column: 3, message: 'may not add or remove containers' }],
    },
    {
      name: 'a toleration is removed',
      old: pod('  tolerations:\n    - {key: a, operator: Exists}\n'),
      code: pod('  tolerations: []\n'),
      errors: [{ path: 'spec.tolerations', line: 6, column: 3, message: 'existing toleration can not be modified' }],
    },
    {
      name: 'activeDeadlineSeconds is raised',
      old: pod('  activeDeadlineSeconds: 300\n'),
      code: pod('  activeDeadlineSeconds: 600\n'),
      errors: [
        {
          path: 'spec.activeDeadlineSeconds',
          line: 6,
          column: 3,
          message: 'must be less than or equal to previous value',
        },
      ],
    },
    {
      name: 'activeDeadlineSeconds is removed (reported at spec, where it was)',
      old: pod('  activeDeadlineSeconds: 300\n'),
      code: pod(),
      errors: [
        {
          path: 'spec.activeDeadlineSeconds',
          line: 5,
          column: 1,
          message: 'must not update from a positive integer to nil value',
        },
      ],
    },
    {
      name: 'a scheduling gate is added',
      old: pod('  schedulingGates:\n    - name: a\n'),
      code: pod('  schedulingGates:\n    - name: a\n    - name: b\n'),
      errors: [{ path: 'spec.schedulingGates[1].name', line: 8, column: 7, message: 'only deletion is allowed' }],
    },
    {
      name: 'a gated Pod changes a nodeSelector value',
      old: pod(`${GATE}  nodeSelector: {disk: ssd}\n`),
      code: pod(`${GATE}  nodeSelector: {disk: hdd}\n`),
      errors: [
        { path: 'spec.nodeSelector', line: 8, column: 3, message: 'only additions to spec.nodeSelector are allowed' },
      ],
    },
    {
      name: 'a gated Pod adds a required node-affinity term',
      old: pod(`${GATE}${TERMS}          - matchExpressions: [{key: zone, operator: In, values: [z1]}]\n`),
      code: pod(
        `${GATE}${TERMS}          - matchExpressions: [{key: zone, operator: In, values: [z1]}]\n          - matchExpressions: [{key: disk, operator: Exists}]\n`,
      ),
      errors: [
        {
          path: 'spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms',
          line: 11,
          column: 9,
          message: 'no additions/deletions to non-empty NodeSelectorTerms list are allowed',
        },
      ],
    },
    {
      name: 'a gated Pod changes an expression of a required node-affinity term',
      old: pod(`${GATE}${TERMS}          - matchExpressions: [{key: zone, operator: In, values: [z1]}]\n`),
      code: pod(`${GATE}${TERMS}          - matchExpressions: [{key: zone, operator: In, values: [z2]}]\n`),
      errors: [
        {
          path: 'spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0]',
          line: 12,
          column: 13,
          message: 'only additions are allowed (no mutations or deletions)',
        },
      ],
    },
    {
      name: 'an ungated Pod gains a nodeSelector key (the server reports spec with a diff)',
      old: pod('  nodeSelector: {disk: ssd}\n'),
      code: pod('  nodeSelector: {disk: ssd, zone: z1}\n'),
      errors: [
        {
          path: 'spec.nodeSelector.zone',
          line: 6,
          column: 29,
          message: 'pod updates may not change fields other than',
          oracleField: SERVER_GIST,
        },
      ],
    },
    {
      name: 'a cpu request changes by apply (the server reports spec; the message points to resize)',
      old: pod('', '      resources:\n        requests: {cpu: 100m}\n'),
      code: pod('', '      resources:\n        requests: {cpu: 200m}\n'),
      errors: [
        {
          path: 'spec.containers[0].resources.requests.cpu',
          line: 10,
          column: 20,
          message: '--subresource resize',
          oracleField: SERVER_GIST,
        },
      ],
    },
    {
      name: 'a priority other than the admitted 0',
      old: pod(),
      code: pod('  priority: 5\n'),
      errors: [
        { path: 'spec.priority', line: 6, column: 3, message: 'spec.priority changes 0 → 5', oracleField: SERVER_GIST },
      ],
    },
  ],
});
