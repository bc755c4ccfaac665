import type { RuleContext, RuleVisitors } from '../../../engine/rule.js';
import { probeSites } from '../../../model/probes.js';
import { asNumber } from '../../../model/values.js';
import { describeHandler } from './handlers.js';

/** The messages of the rules whose visitors come from `successThresholdMustBeOne`. */
export const SUCCESS_THRESHOLD_MESSAGES = {
  successThresholdNotOne:
    '{{probe}} sets successThreshold to {{value}}, but {{why}}, so the API server refuses anything but 1 (must be 1); set it to 1 or remove it{{advice}}',
} as const;

/**
 * The visitors of the rules for `validateLivenessProbe` and `validateStartupProbe`: those probes act
 * on their first success, so the API server refuses a successThreshold other than 1.
 */
export function successThresholdMustBeOne(
  kind: 'livenessProbe' | 'startupProbe',
  why: string,
  advice = '',
): (context: RuleContext) => RuleVisitors {
  return (context) => ({
    podSpec(site, resource) {
      for (const probe of probeSites(site)) {
        if (probe.kind !== kind) continue;
        const value = asNumber(probe.probe.successThreshold);
        // 0 and absent are defaulted to 1; a negative value is probes/negative-timing's.
        if (value === undefined || value === 0 || value === 1 || value < 0) continue;
        const path = [...probe.path, 'successThreshold'];
        context.report({
          resource,
          path,
          messageId: 'successThresholdNotOne',
          data: { probe: describeHandler(probe), value, why, advice },
          fix: { description: 'Set successThreshold to 1', replaceValues: [{ path, value: 1 }] },
        });
      }
    },
  });
}
