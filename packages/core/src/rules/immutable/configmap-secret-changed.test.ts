import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './configmap-secret-changed.js';

/** ConfigMap `settings`: top-level fields (column 1) at line 5, then `data:` and its entries (column 3). */
const configMap = (top: string, data: string): string => `apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
${top}data:
${data}`;

/** Secret `tls`: top-level fields (column 1) at line 5, then `data:` and its entries. */
const secret = (top: string, data = '  tls.crt: Zm9v\n  tls.key: YmFy\n'): string => `apiVersion: v1
kind: Secret
metadata:
  name: tls
${top}data:
${data}`;

runRuleTests(rule, {
  valid: [
    {
      name: 'a mutable ConfigMap changes its data',
      old: configMap('', '  LOG_LEVEL: info\n'),
      code: configMap('', '  LOG_LEVEL: debug\n'),
    },
    {
      name: 'a ConfigMap becomes immutable while its data changes',
      old: configMap('', '  LOG_LEVEL: info\n'),
      code: configMap('immutable: true\n', '  LOG_LEVEL: debug\n'),
    },
    {
      name: 'an immutable ConfigMap changes its labels only',
      old: configMap('immutable: true\n', '  LOG_LEVEL: info\n'),
      code: configMap('immutable: true\n', '  LOG_LEVEL: info\n').replace(
        '  name: settings\n',
        '  name: settings\n  labels: {team: web}\n',
      ),
    },
    { name: 'a Secret without type against an Opaque one', old: secret('type: Opaque\n'), code: secret('') },
    {
      name: 'an immutable Secret written with stringData holds the same data',
      old: secret('immutable: true\n', '  password: aHVudGVyMg==\n'),
      code: `${secret('immutable: true\n', '  {}\n')}stringData:\n  password: hunter2\n`,
    },
  ],
  invalid: [
    {
      name: 'an immutable ConfigMap changes a value (the server reports data)',
      old: configMap('immutable: true\n', '  LOG_LEVEL: info\n'),
      code: configMap('immutable: true\n', '  LOG_LEVEL: debug\n'),
      errors: [
        {
          path: 'data.LOG_LEVEL',
          line: 7,
          column: 3,
          message: 'data.LOG_LEVEL changes "info" → "debug"',
          oracleField: 'data',
        },
      ],
    },
    {
      name: 'an immutable ConfigMap is made mutable',
      old: configMap('immutable: true\n', '  LOG_LEVEL: info\n'),
      code: configMap('immutable: false\n', '  LOG_LEVEL: info\n'),
      errors: [{ path: 'immutable', line: 5, column: 1, message: 'field is immutable when `immutable` is set' }],
    },
    {
      name: 'a Secret changes its type',
      old: secret('type: Opaque\n'),
      code: secret('type: kubernetes.io/tls\n'),
      errors: [{ path: 'type', line: 5, column: 1, message: '"Opaque" → "kubernetes.io/tls"' }],
    },
    {
      name: 'an immutable Secret changes a value through stringData (the server reports data)',
      old: secret('immutable: true\n', '  password: aHVudGVyMg==\n'),
      code: `${secret('immutable: true\n', '  {}\n')}stringData:\n  password: hunter3\n`,
      errors: [{ path: 'stringData.password', line: 9, column: 3, message: 'values hidden', oracleField: 'data' }],
    },
  ],
});
