import { claim } from '../../../test/fixtures/dra/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './claim-config-invalid.js';

const request = 'requests:\n  - name: gpu\n    exactly: {deviceClassName: gpu.example.com}';

runRuleTests(rule, {
  valid: [
    {
      name: 'a constraint and a config for the request',
      code: claim(
        `${request}\nconstraints:\n  - {requests: [gpu], matchAttribute: gpu.example.com/numa}\nconfig:\n  - requests: [gpu]\n    opaque: {driver: gpu.example.com, parameters: {mode: fast}}`,
      ),
    },
  ],
  invalid: [
    {
      name: 'a constraint without an attribute',
      code: claim(`${request}\nconstraints:\n  - requests: [gpu]`),
      errors: [{ path: 'spec.devices.constraints[0]', line: 11, column: 9, messageId: 'attributeRequired' }],
      output: null,
    },
    {
      name: 'a config for an unknown request, without opaque',
      code: claim(`${request}\nconfig:\n  - requests: [cpu]`),
      errors: [
        { path: 'spec.devices.config[0].opaque', line: 11, column: 9, messageId: 'opaqueRequired' },
        { path: 'spec.devices.config[0].requests[0]', line: 11, column: 20, messageId: 'unknownRequest' },
      ],
    },
    {
      name: 'an invalid driver',
      code: claim(`${request}\nconfig:\n  - opaque: {driver: "gpu_driver", parameters: {}}`),
      errors: [{ path: 'spec.devices.config[0].opaque.driver', line: 11, column: 18, messageId: 'driverInvalid' }],
    },
  ],
});
