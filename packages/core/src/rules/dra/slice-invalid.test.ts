import { slice } from '../../../test/fixtures/dra/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './slice-invalid.js';

const device = 'devices:\n  - name: gpu-0';

runRuleTests(rule, {
  valid: [
    { name: 'a slice on a node', code: slice(device) },
    { name: 'a slice for all nodes', code: slice(device, 'allNodes: true') },
    {
      name: 'a slice with one node selector term',
      code: slice(
        device,
        'nodeSelector:\n  nodeSelectorTerms:\n    - matchExpressions: [{key: pool, operator: In, values: [a]}]',
      ),
    },
    {
      name: 'shared counters alone',
      code: slice('sharedCounters:\n  - name: gpu-0-counters\n    counters: {memory: {value: 40Gi}}'),
    },
  ],
  invalid: [
    {
      name: 'a driver with an underscore',
      code: slice(device).replace('driver: gpu.example.com', 'driver: gpu_example.com'),
      errors: [{ path: 'spec.driver', line: 6, column: 3, messageId: 'driver' }],
      output: null,
    },
    {
      name: 'an invalid pool name, no slice count, a negative generation',
      code: slice(device).replace(
        '{name: worker-1, generation: 1, resourceSliceCount: 1}',
        '{name: Worker_1, generation: -1}',
      ),
      errors: [
        { path: 'spec.pool.resourceSliceCount', line: 8, column: 3, messageId: 'sliceCount' },
        { path: 'spec.pool.name', line: 8, column: 10, messageId: 'poolName' },
        { path: 'spec.pool.generation', line: 8, column: 26, messageId: 'generation' },
      ],
    },
    {
      name: 'no node selection',
      code: slice(device, ''),
      errors: [{ path: 'spec', line: 5, column: 1, messageId: 'selectionRequired' }],
    },
    {
      name: 'a node name and all nodes',
      code: slice(device, 'nodeName: worker-1\nallNodes: true'),
      errors: [{ path: 'spec', line: 5, column: 1, messageId: 'selectionMultiple' }],
    },
    {
      name: 'allNodes false',
      code: slice(device, 'nodeName: worker-1\nallNodes: false'),
      errors: [{ path: 'spec.allNodes', line: 8, column: 3, messageId: 'notTrue' }],
    },
    {
      name: 'an upper-case node name',
      code: slice(device, 'nodeName: Worker-1'),
      errors: [{ path: 'spec.nodeName', line: 7, column: 3, messageId: 'nodeNameInvalid' }],
    },
    {
      name: 'devices and shared counters',
      code: slice(`${device}\nsharedCounters:\n  - name: c\n    counters: {memory: {value: 1Gi}}`),
      errors: [{ path: 'spec', line: 5, column: 1, messageId: 'countersAndDevices' }],
    },
    {
      name: 'a counter set without counters',
      code: slice('sharedCounters:\n  - name: C'),
      errors: [
        { path: 'spec.sharedCounters[0].name', line: 10, column: 7, messageId: 'counterSetName' },
        { path: 'spec.sharedCounters[0].counters', line: 10, column: 7, messageId: 'countersRequired' },
      ],
    },
  ],
});
