import { defineRule } from '../../engine/rule.js';
import { asNumber } from '../../model/values.js';
import { describeHandler, probeSites } from './handlers.js';

export default defineRule({
  meta: {
    id: 'probes/startup-success-threshold',
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
    source: 'validateStartupProbe (pkg/apis/core/validation)',
  },
  create(context) {
    return {
      podSpec(site, resource) {
        for (const probe of probeSites(site)) {
          if (probe.kind !== 'startupProbe') continue;
          const value = asNumber(probe.probe.successThreshold);
          // 0 and absent are defaulted to 1.
          if (value === undefined || value === 0 || value === 1) continue;
          const path = [...probe.path, 'successThreshold'];
          context.report({
            resource,
            path,
            message: `${describeHandler(probe)} sets successThreshold to ${value}, but a startup probe stops at its first success, so the API server refuses anything but 1 (must be 1); set it to 1 or remove it`,
            fix: { description: 'Set successThreshold to 1', replaceValues: [{ path, value: 1 }] },
          });
        }
      },
    };
  },
});
