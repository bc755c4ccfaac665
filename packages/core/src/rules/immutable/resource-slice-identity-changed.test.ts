import { slice } from '../../../test/fixtures/dra/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './resource-slice-identity-changed.js';

const device = 'devices:\n  - name: gpu-0';

runRuleTests(rule, {
  valid: [
    { name: 'the devices change', old: slice(device), code: slice('devices:\n  - name: gpu-1') },
    {
      name: 'the pool generation changes',
      old: slice(device),
      code: slice(device).replace('generation: 1', 'generation: 2'),
    },
  ],
  invalid: [
    {
      name: 'the pool is renamed',
      old: slice(device),
      code: slice(device).replace('{name: worker-1,', '{name: worker-2,'),
      errors: [{ path: 'spec.pool.name', line: 8, column: 10, messageId: 'fieldImmutable' }],
    },
    {
      name: 'the slice moves to another node',
      old: slice(device),
      code: slice(device, 'nodeName: worker-2'),
      errors: [{ path: 'spec.nodeName', line: 7, column: 3, messageId: 'fieldImmutable' }],
    },
    {
      name: 'the driver changes',
      old: slice(device),
      code: slice(device).replace('driver: gpu.example.com', 'driver: tpu.example.com'),
      errors: [{ path: 'spec.driver', line: 6, column: 3, messageId: 'fieldImmutable' }],
    },
  ],
});
