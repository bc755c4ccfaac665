import { runRuleTests } from '../../../test/support/rule-tester.js';
import { limitRange } from '../../../test/fixtures/quota/manifests.js';
import rule from './limit-range-bounds.js';

runRuleTests(rule, {
  valid: [
    {
      name: 'ordered container bounds',
      code: limitRange(
        'type: Container\nmin: {cpu: 50m}\ndefaultRequest: {cpu: 100m}\ndefault: {cpu: 500m}\nmax: {cpu: "1"}',
      ),
    },
    { name: 'a Pod maximum', code: limitRange('type: Pod\nmax: {memory: 2Gi}') },
  ],
  invalid: [
    {
      name: 'min above max',
      code: limitRange('type: Pod\nmin: {cpu: "2"}\nmax: {cpu: "1"}'),
      errors: [
        {
          path: 'spec.limits[0].min.cpu',
          line: 9,
          column: 13,
          messageId: 'order',
          oracleField: 'spec.limits[0].min[cpu]',
        },
      ],
      output: null,
    },
    {
      name: 'a default request above the max it defaults the limit from',
      code: limitRange('type: Container\ndefaultRequest: {memory: 1Gi}\nmax: {memory: 512Mi}'),
      errors: [
        // Above max, and above the default limit taken from max.
        {
          path: 'spec.limits[0].defaultRequest.memory',
          line: 9,
          column: 24,
          messageId: 'order',
          oracleField: 'spec.limits[0].defaultRequest[memory]',
        },
        {
          path: 'spec.limits[0].defaultRequest.memory',
          line: 9,
          column: 24,
          messageId: 'order',
          oracleField: 'spec.limits[0].defaultRequest[memory]',
        },
      ],
    },
    {
      name: 'defaults on a Pod entry',
      code: limitRange('type: Pod\ndefault: {cpu: "1"}'),
      errors: [{ path: 'spec.limits[0].default', line: 9, column: 7, messageId: 'podDefaults' }],
    },
  ],
});
