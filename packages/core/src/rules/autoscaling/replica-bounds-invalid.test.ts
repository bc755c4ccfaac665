import { runRuleTests } from '../../../test/support/rule-tester.js';
import { autoscaler } from '../../../test/fixtures/autoscaling/manifests.js';
import rule from './replica-bounds-invalid.js';

runRuleTests(rule, {
  valid: [
    { name: 'between 2 and 10', code: autoscaler('minReplicas: 2\nmaxReplicas: 10') },
    { name: 'min defaults to 1, max 1', code: autoscaler('maxReplicas: 1') },
    {
      name: 'scale to zero on an External metric',
      code: autoscaler(
        'minReplicas: 0\nmaxReplicas: 3\nmetrics:\n  - type: External\n    external:\n      metric: {name: queue_depth}\n      target: {type: AverageValue, averageValue: "30"}',
      ),
    },
  ],
  invalid: [
    {
      name: 'max below min',
      code: autoscaler('minReplicas: 5\nmaxReplicas: 3'),
      errors: [{ path: 'spec.maxReplicas', line: 11, column: 3, messageId: 'maxBelowMin' }],
      output: null,
    },
    {
      name: 'min of zero before 1.37 (the oracle judges 1.37 only)',
      code: autoscaler('minReplicas: 0\nmaxReplicas: 3'),
      kubernetesVersion: '1.36',
      oracle: 'skip',
      errors: [{ path: 'spec.minReplicas', line: 10, column: 3, messageId: 'minTooLow' }],
    },
    {
      name: 'min of zero with only the default CPU metric',
      code: autoscaler('minReplicas: 0\nmaxReplicas: 3'),
      errors: [{ path: 'spec.metrics', line: 5, column: 1, messageId: 'zeroNeedsMetric' }],
    },
    {
      name: 'negative max',
      code: autoscaler('maxReplicas: -1'),
      errors: [{ path: 'spec.maxReplicas', line: 10, column: 3, messageId: 'maxNotPositive' }],
    },
  ],
});
