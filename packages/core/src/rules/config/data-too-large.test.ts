import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './data-too-large.js';

const base64 = (bytes: number): string => Buffer.alloc(bytes, 'x').toString('base64');
const configMap = (data: string): string => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: assets\n${data}`;
const secret = (data: string): string => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: assets\n${data}`;
const MIB = 1024 * 1024;

runRuleTests(rule, {
  valid: [
    { name: 'a ConfigMap of exactly 1 MiB', code: configMap(`data:\n  big: ${'a'.repeat(MIB)}\n`) },
    {
      name: 'a Secret whose stringData replaces a large data key of the same name',
      code: secret(`data:\n  blob: ${base64(MIB)}\nstringData:\n  blob: small\n  other: ${'a'.repeat(1000)}\n`),
    },
  ],
  invalid: [
    {
      name: 'a ConfigMap whose data and binaryData together pass 1 MiB (reported at the object, as the API server does)',
      code: configMap(`data:\n  a: ${'a'.repeat(600_000)}\nbinaryData:\n  b: ${base64(500_000)}\n`),
      errors: [{ path: '[]', line: 1, column: 1, messageId: 'configMap' }],
      output: null,
    },
    {
      name: 'a Secret whose data and stringData together pass 1 MiB',
      code: secret(`data:\n  a: ${base64(600_000)}\nstringData:\n  b: ${'a'.repeat(500_000)}\n`),
      errors: [{ path: 'data', line: 5, column: 1, messageId: 'secret' }],
    },
  ],
});
