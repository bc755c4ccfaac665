import { defineRule } from '../../engine/rule.js';
import { SUCCESS_THRESHOLD_MESSAGES, successThresholdMustBeOne } from './success-threshold.js';

export default defineRule({
  meta: {
    id: 'probes/liveness-success-threshold-not-one',
    severity: 'error',
    origin: 'api-error',
    description: 'A liveness probe must have successThreshold 1.',
    help: [
      'A liveness probe restarts the container after `failureThreshold` failures in a row; one success is enough to count as alive again, so the API server only accepts `successThreshold: 1` (`must be 1`). Omit the field (0 and absent mean 1). To make the probe more tolerant, raise `failureThreshold` instead.',
      '',
      'Bad:',
      '```yaml',
      'livenessProbe:',
      '  httpGet: {path: /healthz, port: 8080}',
      '  successThreshold: 3',
      '```',
      'Good:',
      '```yaml',
      'livenessProbe:',
      '  httpGet: {path: /healthz, port: 8080}',
      '  successThreshold: 1',
      '```',
    ].join('\n'),
    fixable: true,
    messages: SUCCESS_THRESHOLD_MESSAGES,
    sources: [
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'validateLivenessProbe' },
    ],
  },
  create: successThresholdMustBeOne('livenessProbe', 'a liveness probe counts one success as alive again', ', and raise failureThreshold if the probe should be more tolerant'),
});
