import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './resource-claim-spec-changed.js';

/** ResourceClaimTemplate `gpu`: the device class name at line 11 (column 11 after `deviceClassName: `). */
const template = (deviceClass: string, labels = ''): string => `apiVersion: resource.k8s.io/v1
kind: ResourceClaimTemplate
metadata:
  name: gpu
${labels}spec:
  spec:
    devices:
      requests:
        - name: gpu
          exactly:
            deviceClassName: ${deviceClass}
`;

runRuleTests(rule, {
  valid: [
    {
      name: 'labels change',
      old: template('gpu.example.com'),
      code: template('gpu.example.com', '  labels: {team: ml}\n'),
    },
    {
      name: 'the defaults written out (allocationMode ExactCount, count 1) are no change',
      old: template('gpu.example.com'),
      code: `${template('gpu.example.com')}            allocationMode: ExactCount\n            count: 1\n`,
    },
  ],
  invalid: [
    {
      name: 'the device class changes (the server reports spec)',
      old: template('gpu.example.com'),
      code: template('big-gpu.example.com'),
      errors: [
        {
          path: 'spec.spec.devices.requests[0].exactly.deviceClassName',
          line: 11,
          column: 13,
          message: '"gpu.example.com" → "big-gpu.example.com"',
          oracleField: 'spec',
        },
      ],
    },
  ],
});
