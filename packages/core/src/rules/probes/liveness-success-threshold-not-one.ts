import { defineRule } from '../../engine/rule.js';
import { SUCCESS_THRESHOLD_MESSAGES, successThresholdMustBeOne } from './utils/success-threshold.js';

export default defineRule({
  meta: {
    id: 'probes/liveness-success-threshold-not-one',
    severity: 'error',
    origin: 'api-error',
    description: 'A liveness probe must have successThreshold 1.',
    fixable: true,
    containerFields: ['livenessProbe'],
    messages: SUCCESS_THRESHOLD_MESSAGES,
    sources: [{ package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'validateLivenessProbe' }],
  },
  create: successThresholdMustBeOne(
    'livenessProbe',
    'a liveness probe counts one success as alive again',
    ', and raise failureThreshold if the probe should be more tolerant',
  ),
});
