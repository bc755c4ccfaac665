import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './uid-changed.js';

/** ConfigMap `settings` read from the cluster, with the uid it had then; `uid:` at line 6 in the new manifest. */
const configMap = (uid: string, live: boolean): string => `apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
  namespace: default
  uid: ${uid}
${live ? '  resourceVersion: "9001"\n  creationTimestamp: "2026-11-02T10:00:00Z"\n' : ''}data:
  LOG_LEVEL: info
`;

const NOW = '7a1d5e2c-3b4f-4c6d-8e9f-0a1b2c3d4e5f';
const BEFORE = '1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9';

runRuleTests(rule, {
  valid: [
    {
      name: 'the manifest carries the uid of the live object (oracle skipped: it gives the object it stores a uid of its own)',
      old: configMap(NOW, true),
      code: configMap(NOW, false),
      oracle: 'skip',
    },
    {
      name: 'the manifest carries no uid',
      old: configMap(NOW, true),
      code: configMap(NOW, false).replace(`  uid: ${NOW}\n`, ''),
    },
  ],
  invalid: [
    {
      name: 'the manifest carries the uid of an earlier incarnation',
      old: configMap(NOW, true),
      code: configMap(BEFORE, false),
      errors: [{ path: 'metadata.uid', line: 6, column: 3, message: 'another incarnation' }],
    },
  ],
});
