import type { RuleContext, RuleVisitors } from '../../../engine/rule.js';
import type { FieldPath } from '../../../model/path.js';
import { isValidPortNumber } from '../../../model/ports.js';
import type { PodSpecSite } from '../../../model/resource.js';
import { writtenPorts } from './port-entries.js';

/**
 * Ports whose `containerPort` or (as written) `hostPort` is set but is no port number
 * (`IsValidPortNum`); 0 means unset, and non-integers never get past the decoder.
 */
function portNumbersOutOfRange(
  site: PodSpecSite,
  field: 'containerPort' | 'hostPort',
): Array<{ value: number; path: FieldPath }> {
  return writtenPorts(site).flatMap((entry) => {
    const value = field === 'containerPort' ? entry.containerPort : entry.writtenHostPort;
    return value === undefined || value === 0 || isValidPortNumber(value)
      ? []
      : [{ value, path: [...entry.path, field] }];
  });
}

/** The messages of the rules whose visitors come from `portNumberRangeCheck`. */
export const PORT_RANGE_MESSAGES = {
  portOutOfRange:
    '{{field}} {{value}} is not a port number: the API server refuses it (must be between 1 and 65535, inclusive); {{advice}}',
} as const;

/** The visitors of ports/container-port-out-of-range and ports/host-port-out-of-range: `validateContainerPorts` checks both alike. */
export function portNumberRangeCheck(
  field: 'containerPort' | 'hostPort',
  advice: string,
): (context: RuleContext) => RuleVisitors {
  return (context) => ({
    podSpec(site, resource) {
      for (const { value, path } of portNumbersOutOfRange(site, field)) {
        context.report({ resource, path, messageId: 'portOutOfRange', data: { field, value, advice } });
      }
    },
  });
}
