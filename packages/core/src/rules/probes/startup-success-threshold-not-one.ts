import { defineRule } from '../../engine/rule.js';
import { SUCCESS_THRESHOLD_MESSAGES, successThresholdMustBeOne } from './success-threshold.js';

export default defineRule({
  meta: {
    id: 'probes/startup-success-threshold-not-one',
    severity: 'error',
    origin: 'api-error',
    description: 'A startup probe must have successThreshold 1.',
    help: [
      'A startup probe stops at its first success (the liveness and readiness probes take over), so requiring several successes in a row cannot work and the API server only accepts `successThreshold: 1` (`must be 1`). Omit the field (0 and absent mean 1).',
      '',
      'Bad:',
      '```yaml',
      'startupProbe:',
      '  httpGet: {path: /healthz, port: 8080}',
      '  successThreshold: 3',
      '```',
      'Good:',
      '```yaml',
      'startupProbe:',
      '  httpGet: {path: /healthz, port: 8080}',
      '  successThreshold: 1',
      '```',
    ].join('\n'),
    fixable: true,
    messages: SUCCESS_THRESHOLD_MESSAGES,
    sources: [
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'validateStartupProbe' },
    ],
  },
  create: successThresholdMustBeOne('startupProbe', 'a startup probe stops at its first success'),
});
