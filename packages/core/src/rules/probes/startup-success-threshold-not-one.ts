import { defineRule } from '../../engine/rule.js';
import { SUCCESS_THRESHOLD_MESSAGES, successThresholdMustBeOne } from './utils/success-threshold.js';

export default defineRule({
  meta: {
    id: 'probes/startup-success-threshold-not-one',
    severity: 'error',
    origin: 'api-error',
    description: 'A startup probe must have successThreshold 1.',
    fixable: true,
    containerFields: ['startupProbe'],
    messages: SUCCESS_THRESHOLD_MESSAGES,
    sources: [{ package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'validateStartupProbe' }],
  },
  create: successThresholdMustBeOne('startupProbe', 'a startup probe stops at its first success'),
});
