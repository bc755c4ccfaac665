import { defineRule } from '../../engine/rule.js';
import { asNumber } from '../../model/values.js';
import { describeHandler, probeSites } from './handlers.js';

export default defineRule({
  meta: {
    id: 'probes/liveness-success-threshold',
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
    source: 'validateLivenessProbe (pkg/apis/core/validation)',
  },
  create(context) {
    return {
      podSpec(site, resource) {
        for (const probe of probeSites(site)) {
          if (probe.kind !== 'livenessProbe') continue;
          const value = asNumber(probe.probe.successThreshold);
          // 0 and absent are defaulted to 1.
          if (value === undefined || value === 0 || value === 1) continue;
          const path = [...probe.path, 'successThreshold'];
          context.report({
            resource,
            path,
            message: `${describeHandler(probe)} sets successThreshold to ${value}, but a liveness probe counts one success as alive again, so the API server refuses anything but 1 (must be 1); set it to 1 or remove it, and raise failureThreshold if the probe should be more tolerant`,
            fix: { description: 'Set successThreshold to 1', replaceValues: [{ path, value: 1 }] },
          });
        }
      },
    };
  },
});
