import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './volume-attributes-class-changed.js';

/** VolumeAttributesClass `fast-io`: `driverName:` at line 5, parameters entries (column 3) from line 7. */
const attributesClass = (driver: string, iops: string, labels = ''): string => `apiVersion: storage.k8s.io/v1
kind: VolumeAttributesClass
metadata:
  name: fast-io
${labels}driverName: ${driver}
parameters:
  iops: "${iops}"
`;

runRuleTests(rule, {
  valid: [
    {
      name: 'labels change',
      old: attributesClass('ebs.csi.aws.com', '3000'),
      code: attributesClass('ebs.csi.aws.com', '3000', '  labels: {tier: fast}\n'),
    },
  ],
  invalid: [
    {
      name: 'a parameter changes (the server reports parameters)',
      old: attributesClass('ebs.csi.aws.com', '3000'),
      code: attributesClass('ebs.csi.aws.com', '6000'),
      errors: [
        {
          path: 'parameters.iops',
          line: 7,
          column: 3,
          message: 'updates to parameters are forbidden',
          oracleField: 'parameters',
        },
      ],
    },
    {
      name: 'the driver changes',
      old: attributesClass('ebs.csi.aws.com', '3000'),
      code: attributesClass('pd.csi.storage.gke.io', '3000'),
      errors: [{ path: 'driverName', line: 5, column: 1, message: 'updates to driverName are forbidden' }],
    },
  ],
});
