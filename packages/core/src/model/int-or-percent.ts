/**
 * An IntOrString field that counts pods as a number or a percentage (`maxSurge`, `minAvailable`),
 * read the way the apps validation reads it. `undefined` means podlint cannot tell the value
 * the API server would compute (a malformed string), so callers stay silent.
 */
export type IntOrPercent =
  { kind: 'int'; value: number } | { kind: 'percent'; value: number } | { kind: 'malformed'; text: string };

const PERCENT = /^[0-9]+%$/;

export function readIntOrPercent(value: unknown): IntOrPercent | undefined {
  if (typeof value === 'number' && Number.isInteger(value)) return { kind: 'int', value };
  if (typeof value !== 'string') return undefined;
  return PERCENT.test(value)
    ? { kind: 'percent', value: Number(value.slice(0, -1)) }
    : { kind: 'malformed', text: value };
}

/** IsValidPercent / ValidateNonnegativeField / IsNotMoreThan100Percent, as a reason or undefined. */
export function intOrPercentProblem(
  parsed: IntOrPercent,
  percentLimit: boolean,
): { messageId: 'negative' | 'format' | 'over100' } | undefined {
  if (parsed.kind === 'malformed') return { messageId: 'format' };
  if (parsed.kind === 'int' && parsed.value < 0) return { messageId: 'negative' };
  if (percentLimit && parsed.kind === 'percent' && parsed.value > 100) return { messageId: 'over100' };
  return undefined;
}

/** Whether the value counts as zero (undefined when podlint cannot tell). */
export function isZeroAmount(parsed: IntOrPercent | undefined): boolean | undefined {
  if (!parsed || parsed.kind === 'malformed') return undefined;
  return parsed.value === 0;
}
