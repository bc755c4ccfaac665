import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './api-version-opt-in.js';

const deviceClass = (apiVersion: string): string => `apiVersion: ${apiVersion}
kind: DeviceClass
metadata:
  name: gpu.example.com
spec:
  selectors:
    - cel: {expression: 'device.driver == "gpu.example.com"'}
`;

runRuleTests(rule, {
  valid: [{ name: 'the GA resource.k8s.io/v1', code: deviceClass('resource.k8s.io/v1') }],
  invalid: [
    {
      name: 'resource.k8s.io/v1beta2 is off by default (a default API server refuses it)',
      code: deviceClass('resource.k8s.io/v1beta2'),
      oracle: 'reject',
      errors: [
        {
          path: 'apiVersion',
          line: 1,
          column: 1,
          message:
            '--runtime-config=resource.k8s.io/v1beta2=true), so a default API server refuses this DeviceClass; use apiVersion: resource.k8s.io/v1',
        },
      ],
    },
  ],
});
