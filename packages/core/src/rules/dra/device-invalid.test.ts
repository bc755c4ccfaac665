import { slice } from '../../../test/fixtures/dra/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './device-invalid.js';

runRuleTests(rule, {
  valid: [
    { name: 'two devices', code: slice('devices:\n  - name: gpu-0\n  - name: gpu-1') },
    {
      name: 'per-device node names',
      code: slice(
        'devices:\n  - {name: gpu-0, nodeName: worker-1}\n  - {name: gpu-1, allNodes: true}',
        'perDeviceNodeSelection: true',
      ),
    },
    {
      name: 'a tainted device',
      code: slice(
        'devices:\n  - name: gpu-0\n    taints: [{key: example.com/unhealthy, value: "true", effect: NoSchedule}]',
      ),
    },
    {
      name: 'paired binding conditions',
      code: slice(
        'devices:\n  - name: gpu-0\n    bindingConditions: [example.com/attached]\n    bindingFailureConditions: [example.com/failed]',
      ),
    },
  ],
  invalid: [
    {
      name: 'an upper-case device name',
      code: slice('devices:\n  - name: GPU-0'),
      errors: [{ path: 'spec.devices[0].name', line: 10, column: 7, messageId: 'nameInvalid' }],
      output: null,
    },
    {
      name: 'two devices with one name',
      code: slice('devices:\n  - name: gpu-0\n  - name: gpu-0'),
      errors: [{ path: 'spec.devices[1]', line: 11, column: 7, messageId: 'duplicate' }],
    },
    {
      name: 'a device node name without perDeviceNodeSelection',
      code: slice('devices:\n  - {name: gpu-0, nodeName: worker-1}'),
      errors: [{ path: 'spec.devices[0]', line: 10, column: 7, messageId: 'nodeFieldsForbidden' }],
    },
    {
      name: 'a device without a node under perDeviceNodeSelection',
      code: slice('devices:\n  - name: gpu-0', 'perDeviceNodeSelection: true'),
      errors: [{ path: 'spec.devices[0]', line: 10, column: 7, messageId: 'nodeSelectionRequired' }],
    },
    {
      name: 'an empty taint',
      code: slice('devices:\n  - name: gpu-0\n    taints: [{}]'),
      errors: [
        { path: 'spec.devices[0].taints[0].key', line: 11, column: 16, messageId: 'taintKey' },
        { path: 'spec.devices[0].taints[0].effect', line: 11, column: 16, messageId: 'taintEffect' },
      ],
    },
    {
      name: 'an empty counter consumption',
      code: slice('devices:\n  - name: gpu-0\n    consumesCounters: [{counterSet: ""}]'),
      errors: [
        { path: 'spec.devices[0].consumesCounters[0].counters', line: 11, column: 26, messageId: 'countersRequired' },
        { path: 'spec.devices[0].consumesCounters[0].counterSet', line: 11, column: 27, messageId: 'counterSetName' },
      ],
    },
    {
      name: 'binding conditions without failure conditions',
      code: slice('devices:\n  - name: gpu-0\n    bindingConditions: [example.com/attached, example.com/attached]'),
      errors: [
        { path: 'spec.devices[0].bindingFailureConditions', line: 10, column: 7, messageId: 'conditionsPaired' },
        { path: 'spec.devices[0].bindingConditions[1]', line: 11, column: 49, messageId: 'conditionDuplicate' },
      ],
    },
  ],
});
