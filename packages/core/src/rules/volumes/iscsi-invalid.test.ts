import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './iscsi-invalid.js';

/** `nullSource`: a source key written as null after iscsi, which the API server reads as no source. */
const pod = (iscsi: string, name = 'data', nullSource?: string): string =>
  manifests.pod(
    manifests.blocks(
      manifests.webContainer(`volumeMounts:\n  - {name: ${name}, mountPath: /data}`),
      `volumes:\n  - name: ${name}\n    iscsi: {targetPortal: "10.0.0.1:3260", fsType: ext4, ${iscsi}}${nullSource ? `\n    ${nullSource}: null` : ''}`,
    ),
  );

runRuleTests(rule, {
  valid: [
    { name: 'an iqn name', code: pod('iqn: iqn.2001-04.com.example:storage.disk1, lun: 0') },
    {
      name: 'eui and naa names',
      code: pod('iqn: eui.02004567A425678D, initiatorName: naa.52004567BA64678D1234567890ABCDEF'),
    },
    {
      name: 'CHAP with its Secret',
      code: pod('iqn: iqn.2001-04.com.example:disk, chapAuthSession: true, secretRef: {name: chap}'),
    },
  ],
  invalid: [
    {
      name: 'an iqn without the date',
      code: pod('iqn: iqn.example.com:disk'),
      errors: [{ path: 'spec.volumes[0].iscsi.iqn', line: 13, column: 60, messageId: 'name' }],
      output: null,
    },
    {
      name: 'an initiator name of no known form',
      code: pod('iqn: iqn.2001-04.com.example:disk, initiatorName: node-1'),
      errors: [
        {
          path: 'spec.volumes[0].iscsi.initiatorName',
          line: 13,
          column: 95,
          messageId: 'name',
          oracleField: 'spec.volumes[0].iscsi.initiatorname',
        },
      ],
    },
    {
      name: 'a lun over 255',
      code: pod('iqn: iqn.2001-04.com.example:disk, lun: 300'),
      errors: [{ path: 'spec.volumes[0].iscsi.lun', line: 13, column: 95, messageId: 'lun' }],
    },
    {
      name: 'CHAP without a secretRef',
      code: pod('iqn: iqn.2001-04.com.example:disk, chapAuthDiscovery: true'),
      errors: [{ path: 'spec.volumes[0].iscsi.secretRef', line: 13, column: 7, messageId: 'secretRef' }],
    },
    {
      name: 'a long volume name with an initiator name',
      code: pod(
        'iqn: iqn.2001-04.com.example:disk, initiatorName: iqn.2001-04.com.example:node1',
        'a-very-long-volume-name-for-the-primary-database-data-disk',
      ),
      errors: [{ path: 'spec.volumes[0].name', line: 12, column: 7, messageId: 'tooLong' }],
    },
    {
      name: 'CHAP without a secretRef beside a null source, which is no source',
      code: pod('iqn: iqn.2001-04.com.example:disk, chapAuthDiscovery: true', 'data', 'emptyDir'),
      errors: [{ path: 'spec.volumes[0].iscsi.secretRef', line: 13, column: 7, messageId: 'secretRef' }],
    },
  ],
});
