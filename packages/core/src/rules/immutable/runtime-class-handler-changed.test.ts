import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './runtime-class-handler-changed.js';

/** RuntimeClass `sandboxed`: `handler:` at line 5. */
const runtimeClass = (handler: string, memory: string): string => `apiVersion: node.k8s.io/v1
kind: RuntimeClass
metadata:
  name: sandboxed
handler: ${handler}
overhead:
  podFixed:
    memory: ${memory}
`;

runRuleTests(rule, {
  valid: [{ name: 'the overhead changes', old: runtimeClass('kata', '120Mi'), code: runtimeClass('kata', '160Mi') }],
  invalid: [
    {
      name: 'the handler changes',
      old: runtimeClass('kata', '120Mi'),
      code: runtimeClass('gvisor', '120Mi'),
      errors: [{ path: 'handler', line: 5, column: 1, message: 'field is immutable' }],
    },
  ],
});
