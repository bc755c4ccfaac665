import { draObject } from '../../../test/fixtures/dra/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './device-class-invalid.js';

const deviceClass = (spec: string): string => draObject('DeviceClass', spec, 'gpu.example.com');

runRuleTests(rule, {
  valid: [
    { name: 'a selector', code: deviceClass('selectors:\n  - cel: {expression: device.driver == "gpu.example.com"}') },
    {
      name: 'a comparison of two driver names',
      code: deviceClass('selectors:\n  - cel: {expression: device.driver != device.driver}'),
    },
    { name: 'an extended resource name', code: deviceClass('extendedResourceName: example.com/gpu') },
    { name: 'a config', code: deviceClass('config:\n  - opaque: {driver: gpu.example.com, parameters: {a: 1}}') },
  ],
  invalid: [
    {
      name: 'a selector without cel',
      code: deviceClass('selectors:\n  - {}'),
      errors: [{ path: 'spec.selectors[0].cel', line: 7, column: 7, messageId: 'celRequired' }],
      output: null,
    },
    {
      name: 'an empty expression',
      code: deviceClass('selectors:\n  - cel: {expression: ""}'),
      errors: [{ path: 'spec.selectors[0].cel.expression', line: 7, column: 13, messageId: 'celBlank' }],
    },
    {
      name: 'a number for a condition',
      code: deviceClass('selectors:\n  - cel: {expression: "0"}'),
      errors: [{ path: 'spec.selectors[0].cel.expression', line: 7, column: 13, messageId: 'celCannotCompile' }],
    },
    {
      name: 'a name that is not device',
      code: deviceClass('selectors:\n  - cel: {expression: gpu.driver}'),
      errors: [{ path: 'spec.selectors[0].cel.expression', line: 7, column: 13, messageId: 'celCannotCompile' }],
    },
    {
      name: 'an extended resource name without a domain',
      code: deviceClass('extendedResourceName: gpu'),
      errors: [{ path: 'spec.extendedResourceName', line: 6, column: 3, messageId: 'extendedResourceName' }],
    },
    {
      name: 'an extended resource name in kubernetes.io',
      code: deviceClass('extendedResourceName: kubernetes.io/gpu'),
      errors: [{ path: 'spec.extendedResourceName', line: 6, column: 3, messageId: 'extendedResourceName' }],
    },
    {
      name: 'a config without opaque',
      code: deviceClass('config:\n  - {}'),
      errors: [{ path: 'spec.config[0].opaque', line: 7, column: 7, messageId: 'opaqueRequired' }],
    },
    {
      name: 'a config whose driver is not a DNS name',
      code: deviceClass('config:\n  - opaque: {driver: "gpu_driver", parameters: {}}'),
      errors: [{ path: 'spec.config[0].opaque.driver', line: 7, column: 16, messageId: 'driverInvalid' }],
    },
  ],
});
