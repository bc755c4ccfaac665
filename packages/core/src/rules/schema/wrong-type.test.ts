import { runRuleTests } from '../../../test/support/rule-tester.js';
import { deployment, editLine, insertAfter, POD, widget } from '../../../test/fixtures/schema/manifests.js';
import rule from './wrong-type.js';

const service = (port: string): string => `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector: {app: web}
  ports:
    - port: 80
      targetPort: ${port}
`;

const env = (value: string): string =>
  insertAfter(POD, 10, `      env:\n        - name: FEATURE\n          value: ${value}`);

runRuleTests(rule, {
  valid: [
    { name: 'a complete Pod', code: POD },
    { name: 'a quoted "on" is a string', code: env('"on"') },
    { name: 'an unquoted yes is the boolean a boolean field needs', code: insertAfter(POD, 10, '      stdin: yes') },
    {
      name: 'defaultMode 0755 is the octal number 493, as kubectl reads it',
      code: editLine(POD, 22, 'emptyDir: {}', 'configMap: {name: settings, defaultMode: 0755}'),
    },
    {
      name: 'the largest int64 (exact, although numbers lose precision past 2^53)',
      code: insertAfter(POD, 7, '  terminationGracePeriodSeconds: 9223372036854775807'),
    },
    { name: 'int-or-string: a port number', code: service('8080') },
    { name: 'int-or-string: a port name', code: service('http') },
    {
      name: 'int-or-string: a percentage',
      code: deployment('', '', 'strategy:\n  rollingUpdate: {maxSurge: "25%", maxUnavailable: 0}'),
    },
  ],
  invalid: [
    {
      name: 'a quoted containerPort is unquoted by the fix',
      code: editLine(POD, 12, 'containerPort: 80', 'containerPort: "80"'),
      errors: [
        {
          path: 'spec.containers[0].ports[0].containerPort',
          line: 12,
          column: 11,
          message: 'must be an integer, but "80" is a quoted string',
        },
      ],
      output: editLine(POD, 12, 'containerPort: 80', 'containerPort: 80'),
    },
    {
      name: 'a port name where only a number is allowed',
      code: editLine(POD, 12, 'containerPort: 80', 'containerPort: http'),
      errors: [
        { path: 'spec.containers[0].ports[0].containerPort', line: 12, column: 11, message: '"http" is a string' },
      ],
      output: null,
    },
    {
      name: 'env value on is a YAML 1.1 boolean: the fix quotes it',
      code: env('on'),
      errors: [
        {
          path: 'spec.containers[0].env[0].value',
          line: 13,
          column: 11,
          message: '`on` is read as the boolean true by kubectl (YAML 1.1)',
        },
      ],
      output: env('"on"'),
    },
    {
      name: 'env value 0755 is an octal number: the fix quotes what was written',
      code: env('0755'),
      errors: [
        {
          path: 'spec.containers[0].env[0].value',
          line: 13,
          column: 11,
          message: 'read as the number 493 by kubectl (YAML 1.1 octal)',
        },
      ],
      output: env('"0755"'),
    },
    {
      name: 'a label value yes (the API server writes map keys in brackets)',
      code: editLine(POD, 6, 'app: web', 'enabled: yes'),
      errors: [
        {
          path: 'metadata.labels.enabled',
          line: 6,
          column: 5,
          message: '`yes` is read as the boolean true',
          oracleField: 'metadata.labels[enabled]',
        },
      ],
      output: editLine(POD, 6, 'app: web', 'enabled: "yes"'),
    },
    {
      name: 'a quoted boolean',
      code: insertAfter(POD, 7, '  hostNetwork: "true"'),
      errors: [{ path: 'spec.hostNetwork', line: 8, column: 3, message: 'must be a boolean' }],
      output: insertAfter(POD, 7, '  hostNetwork: true'),
    },
    {
      name: 'containers as a mapping',
      code: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    web:
      image: nginx:1.27
`,
      errors: [{ path: 'spec.containers', line: 6, column: 3, message: 'must be a list' }],
      output: null,
    },
    {
      name: 'spec is a number',
      code: 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: seven\nspec: 7\n',
      errors: [{ path: 'spec', line: 5, column: 1, message: 'must be a mapping' }],
    },
    {
      name: 'replicas overflows int32',
      code: editLine(deployment(), 8, 'replicas: 2', 'replicas: 2147483648'),
      errors: [{ path: 'spec.replicas', line: 8, column: 3, message: 'does not fit in a 32-bit integer' }],
    },
    {
      name: 'terminationGracePeriodSeconds overflows int64 (2^63)',
      code: insertAfter(POD, 7, '  terminationGracePeriodSeconds: 9223372036854775808'),
      errors: [
        {
          path: 'spec.terminationGracePeriodSeconds',
          line: 8,
          column: 3,
          message: 'is 9223372036854775808, which does not fit in a 64-bit integer',
        },
      ],
    },
    {
      name: 'replicas with a fraction',
      code: editLine(deployment(), 8, 'replicas: 2', 'replicas: 1.5'),
      errors: [{ path: 'spec.replicas', line: 8, column: 3, message: 'has a fraction' }],
    },
    {
      name: 'int-or-string: a boolean targetPort',
      code: service('true'),
      errors: [{ path: 'spec.ports[0].targetPort', line: 9, column: 7, message: 'must be an integer or a string' }],
    },
    {
      name: 'int-or-string: a fraction',
      code: service('80.5'),
      errors: [{ path: 'spec.ports[0].targetPort', line: 9, column: 7, message: 'has a fraction' }],
    },
    {
      name: 'int-or-string: maxSurge past int32',
      code: deployment('', '', 'strategy:\n  rollingUpdate: {maxSurge: 2147483648}'),
      errors: [
        {
          path: 'spec.strategy.rollingUpdate.maxSurge',
          line: 10,
          column: 21,
          message: 'does not fit in a 32-bit integer',
        },
      ],
    },
    {
      name: 'a custom resource field of the wrong type, checked against its CRD (custom resources: the oracle cannot judge them)',
      code: widget('size: "3"'),
      oracle: 'skip',
      errors: [{ path: 'spec.size', line: 37, column: 3, message: 'must be an integer, but "3" is a quoted string' }],
      output: widget('size: 3'),
    },
  ],
});
