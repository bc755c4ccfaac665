import { claim, claimTemplate } from '../../../test/fixtures/dra/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './request-invalid.js';

runRuleTests(rule, {
  valid: [
    {
      name: 'an exact request with the defaults',
      code: claim('requests:\n  - name: gpu\n    exactly: {deviceClassName: gpu.example.com}'),
    },
    {
      name: 'all devices of a class',
      code: claim('requests:\n  - name: gpu\n    exactly: {deviceClassName: gpu.example.com, allocationMode: All}'),
    },
    {
      name: 'alternatives in a template',
      code: claimTemplate(
        'requests:\n  - name: gpu\n    firstAvailable:\n      - {name: big, deviceClassName: big.example.com}\n      - {name: small, deviceClassName: small.example.com, count: 2}',
      ),
    },
    {
      name: 'a selector',
      code: claim(
        'requests:\n  - name: gpu\n    exactly:\n      deviceClassName: gpu.example.com\n      selectors: [{cel: {expression: "device.driver == \'gpu.example.com\'"}}]',
      ),
    },
  ],
  invalid: [
    {
      name: 'an upper-case request name',
      code: claim('requests:\n  - name: GPU\n    exactly: {deviceClassName: gpu.example.com}'),
      errors: [{ path: 'spec.devices.requests[0].name', line: 8, column: 9, messageId: 'nameInvalid' }],
      output: null,
    },
    {
      name: 'two requests with one name',
      code: claim(
        'requests:\n  - name: gpu\n    exactly: {deviceClassName: gpu.example.com}\n  - name: gpu\n    exactly: {deviceClassName: gpu.example.com}',
      ),
      errors: [{ path: 'spec.devices.requests[1]', line: 10, column: 9, messageId: 'duplicate' }],
    },
    {
      name: 'neither exactly nor firstAvailable',
      code: claim('requests:\n  - name: gpu'),
      errors: [{ path: 'spec.devices.requests[0]', line: 8, column: 9, messageId: 'exactlyOne' }],
    },
    {
      name: 'a device class that is not a DNS name, in a template',
      code: claimTemplate('requests:\n  - name: gpu\n    exactly: {deviceClassName: GPU_Class}'),
      errors: [
        {
          path: 'spec.spec.devices.requests[0].exactly.deviceClassName',
          line: 10,
          column: 21,
          messageId: 'classInvalid',
        },
      ],
    },
    {
      name: 'a selector expression with a dangling operator',
      code: claim(
        'requests:\n  - name: gpu\n    exactly:\n      deviceClassName: gpu.example.com\n      selectors: [{cel: {expression: "device.driver =="}}]',
      ),
      errors: [
        {
          path: 'spec.devices.requests[0].exactly.selectors[0].cel.expression',
          line: 11,
          column: 30,
          messageId: 'celCannotCompile',
        },
      ],
    },
    {
      name: 'a negative count',
      code: claim('requests:\n  - name: gpu\n    exactly: {deviceClassName: gpu.example.com, count: -1}'),
      errors: [{ path: 'spec.devices.requests[0].exactly.count', line: 9, column: 53, messageId: 'countNotPositive' }],
    },
    {
      name: 'a count with All',
      code: claim(
        'requests:\n  - name: gpu\n    exactly: {deviceClassName: gpu.example.com, allocationMode: All, count: 2}',
      ),
      errors: [{ path: 'spec.devices.requests[0].exactly.count', line: 9, column: 74, messageId: 'countWithAll' }],
    },
    {
      name: 'a lower-case allocation mode',
      code: claim('requests:\n  - name: gpu\n    exactly: {deviceClassName: gpu.example.com, allocationMode: all}'),
      errors: [
        { path: 'spec.devices.requests[0].exactly.allocationMode', line: 9, column: 53, messageId: 'modeUnsupported' },
      ],
      output: claim('requests:\n  - name: gpu\n    exactly: {deviceClassName: gpu.example.com, allocationMode: All}'),
    },
    {
      name: 'a selector without cel and an alternative without a class',
      code: claim(
        'requests:\n  - name: gpu\n    firstAvailable:\n      - name: big\n        deviceClassName: ""\n        selectors: [{}]',
      ),
      errors: [
        {
          path: 'spec.devices.requests[0].firstAvailable[0].deviceClassName',
          line: 11,
          column: 13,
          messageId: 'classRequired',
        },
        {
          path: 'spec.devices.requests[0].firstAvailable[0].selectors[0].cel',
          line: 12,
          column: 25,
          messageId: 'celRequired',
        },
      ],
    },
  ],
});
