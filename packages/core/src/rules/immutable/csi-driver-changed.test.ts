import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './csi-driver-changed.js';

/** CSIDriver `ebs.csi.aws.com`: spec fields (column 3) from line 6. */
const driver = (fields: string): string => `apiVersion: storage.k8s.io/v1
kind: CSIDriver
metadata:
  name: ebs.csi.aws.com
spec:
${fields}`;

runRuleTests(rule, {
  valid: [
    {
      name: 'podInfoOnMount changes',
      old: driver('  attachRequired: true\n  podInfoOnMount: false\n'),
      code: driver('  attachRequired: true\n  podInfoOnMount: true\n'),
    },
    {
      name: 'spec left out: every default filled again',
      old: driver('  attachRequired: true\n  volumeLifecycleModes: [Persistent]\n'),
      code: 'apiVersion: storage.k8s.io/v1\nkind: CSIDriver\nmetadata:\n  name: ebs.csi.aws.com\n',
    },
    {
      name: 'an empty list of modes is defaulted to Persistent',
      old: driver('  attachRequired: true\n'),
      code: driver('  attachRequired: true\n  volumeLifecycleModes: []\n'),
    },
    {
      name: 'defaults written out',
      old: driver('  podInfoOnMount: false\n'),
      code: driver('  attachRequired: true\n  volumeLifecycleModes: [Persistent]\n  podInfoOnMount: false\n'),
    },
  ],
  invalid: [
    {
      name: 'attachRequired changes (the server misspells the path spec.attachedRequired)',
      old: driver('  attachRequired: true\n'),
      code: driver('  attachRequired: false\n'),
      errors: [
        {
          path: 'spec.attachRequired',
          line: 6,
          column: 3,
          message: 'spec.attachedRequired: field is immutable',
          oracleField: 'spec.attachedRequired',
        },
      ],
    },
    {
      name: 'an ephemeral lifecycle mode is added (the server reports the list)',
      old: driver('  attachRequired: true\n'),
      code: driver('  attachRequired: true\n  volumeLifecycleModes: [Persistent, Ephemeral]\n'),
      errors: [
        {
          path: 'spec.volumeLifecycleModes[1]',
          line: 7,
          column: 38,
          message: 'field is immutable',
          oracleField: 'spec.volumeLifecycleModes',
        },
      ],
    },
  ],
});
