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
  valid: [
    { name: 'the GA resource.k8s.io/v1', code: deviceClass('resource.k8s.io/v1') },
    {
      name: 'an API version the cluster enables (the oracle runs a default API server, which does not)',
      code: deviceClass('resource.k8s.io/v1beta1'),
      enabledApiVersions: ['resource.k8s.io/v1beta1'],
      oracle: 'skip',
    },
  ],
  invalid: [
    {
      name: 'another version enabled does not enable this one',
      code: deviceClass('resource.k8s.io/v1beta2'),
      enabledApiVersions: ['resource.k8s.io/v1beta1'],
      errors: [{ path: 'apiVersion', line: 1, column: 1, messageId: 'apiVersionOptIn' }],
    },
    {
      name: 'resource.k8s.io/v1beta2 is off by default (a default API server refuses it)',
      code: deviceClass('resource.k8s.io/v1beta2'),
      errors: [
        {
          path: 'apiVersion',
          line: 1,
          column: 1,
          message:
            '--runtime-config=resource.k8s.io/v1beta2=true), so a default API server refuses this DeviceClass; use apiVersion: resource.k8s.io/v1 (if your cluster enables resource.k8s.io/v1beta2, list it under enabledApiVersions in .podlint.yaml)',
        },
      ],
    },
  ],
});
