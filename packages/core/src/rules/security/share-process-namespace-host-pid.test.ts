import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './share-process-namespace-host-pid.js';

const pod = (fields: string): string => manifests.pod(manifests.blocks(fields, manifests.webContainer()));

runRuleTests(rule, {
  valid: [
    { name: 'hostPID alone', code: pod('hostPID: true') },
    { name: 'a shared namespace of the pod', code: pod('shareProcessNamespace: true') },
  ],
  invalid: [
    {
      name: 'both',
      code: pod('hostPID: true\nshareProcessNamespace: true'),
      errors: [{ path: 'spec.shareProcessNamespace', line: 7, column: 3, messageId: 'both' }],
      output: pod('hostPID: true\nshareProcessNamespace: false'),
    },
  ],
});
