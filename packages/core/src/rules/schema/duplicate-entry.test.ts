import { runRuleTests } from '../../../test/support/rule-tester.js';
import { editLine, insertAfter, POD } from '../../../test/fixtures/schema/manifests.js';
import rule from './duplicate-entry.js';

const service = (ports: string): string => `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector: {app: web}
  ports:
${ports}
`;

runRuleTests(rule, {
  valid: [
    { name: 'a complete Pod', code: POD },
    {
      name: 'two containers with distinct names',
      code: insertAfter(POD, 19, '    - name: sidecar\n      image: busybox:1.36'),
    },
    {
      name: 'two mounts of one volume at distinct paths',
      code: insertAfter(POD, 19, '        - name: data\n          mountPath: /backup'),
    },
    {
      name: 'one port number over TCP and UDP',
      code: service('    - {name: dns, port: 53}\n    - {name: dns-udp, port: 53, protocol: UDP}'),
    },
    {
      name: 'two requests of one claim in a container (resources/claim-duplicate judges claims, by name and request)',
      code: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  resourceClaims:
    - name: gpu
      resourceClaimTemplateName: gpus
  containers:
    - name: web
      image: nginx:1.27
      resources:
        claims: [{name: gpu, request: a}, {name: gpu, request: b}]
`,
    },
    {
      name: 'duplicate env names are only an API warning',
      code: insertAfter(POD, 10, '      env:\n        - {name: A, value: "1"}\n        - {name: A, value: "2"}'),
    },
  ],
  invalid: [
    {
      name: 'two containers named web',
      code: insertAfter(POD, 19, '    - name: web\n      image: busybox:1.36'),
      errors: [
        {
          path: 'spec.containers[1].name',
          line: 20,
          column: 7,
          message: 'containers entry 1 has the same name ("web") as entry 0',
        },
      ],
    },
    {
      name: 'two volumes named data',
      code: insertAfter(POD, 22, '    - name: data\n      configMap: {name: settings}'),
      errors: [{ path: 'spec.volumes[1].name', line: 23, column: 7, message: 'volumes entries to be unique by name' }],
    },
    {
      name: 'two mounts at one path',
      code: insertAfter(POD, 19, '        - name: data\n          mountPath: /data'),
      errors: [
        {
          path: 'spec.containers[0].volumeMounts[1].mountPath',
          line: 21,
          column: 11,
          message: 'the same mountPath ("/data") as entry 0',
        },
      ],
    },
    {
      name: 'two init containers with one name',
      code: editLine(
        POD,
        8,
        'containers:',
        'initContainers:\n    - {name: init, image: busybox:1.36}\n    - {name: init, image: busybox:1.36}\n  containers:',
      ),
      errors: [{ path: 'spec.initContainers[1].name', line: 10, column: 8, message: 'initContainers entry 1' }],
    },
    {
      name: 'two Service ports with one number (protocol defaults to TCP): reported at the entry',
      code: service('    - {name: http, port: 80}\n    - {name: web, port: 80, protocol: TCP}'),
      errors: [
        { path: 'spec.ports[1]', line: 9, column: 7, message: 'the same port and protocol (80, "TCP") as entry 0' },
      ],
    },
    {
      name: 'two Service ports with one name',
      code: service('    - {name: http, port: 80}\n    - {name: http, port: 8080}'),
      errors: [{ path: 'spec.ports[1].name', line: 9, column: 8, message: 'the same name ("http") as entry 0' }],
    },
  ],
});
