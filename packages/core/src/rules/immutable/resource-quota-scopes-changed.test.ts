import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './resource-quota-scopes-changed.js';

/** ResourceQuota `pods`: `hard:` at line 6, `scopes:` at line 8 (column 3). */
const quota = (pods: string, scopes: string): string => `apiVersion: v1
kind: ResourceQuota
metadata:
  name: pods
spec:
  hard:
    pods: "${pods}"
  scopes: ${scopes}
`;

runRuleTests(rule, {
  valid: [
    { name: 'the hard limit changes', old: quota('10', '[BestEffort]'), code: quota('20', '[BestEffort]') },
    {
      name: 'the scopes are reordered',
      old: quota('10', '[Terminating, BestEffort]'),
      code: quota('10', '[BestEffort, Terminating]'),
    },
  ],
  invalid: [
    {
      name: 'the scopes change',
      old: quota('10', '[BestEffort]'),
      code: quota('20', '[NotBestEffort]'),
      errors: [{ path: 'spec.scopes', line: 8, column: 3, message: 'field is immutable' }],
    },
  ],
});
