/**
 * Resource quantities compared the way the API server does (`1Gi` equals `1024Mi`, `500m` equals
 * `0.5`): every quantity is an exact fraction, so no rounding can make two values look equal.
 */
interface Fraction {
  readonly numerator: bigint;
  readonly denominator: bigint;
}

const BINARY_SUFFIXES: Readonly<Record<string, number>> = { Ki: 10, Mi: 20, Gi: 30, Ti: 40, Pi: 50, Ei: 60 };
const DECIMAL_SUFFIXES: Readonly<Record<string, number>> = {
  n: -9,
  u: -6,
  m: -3,
  '': 0,
  k: 3,
  M: 6,
  G: 9,
  T: 12,
  P: 15,
  E: 18,
};
const QUANTITY = /^([+-]?)(\d*)(?:\.(\d*))?(Ki|Mi|Gi|Ti|Pi|Ei|[numkMGTPE]|[eE][+-]?\d+)?$/;

export function parseQuantity(value: unknown): Fraction | undefined {
  const text =
    typeof value === 'number' && Number.isFinite(value)
      ? String(value)
      : typeof value === 'string'
        ? value.trim()
        : undefined;
  if (text === undefined) return undefined;
  if (text.length > CACHED_TEXT_MAX) return parseQuantityText(text);
  let parsed = parsedQuantities.get(text);
  if (parsed === undefined && !parsedQuantities.has(text)) {
    parsed = parseQuantityText(text);
    if (parsedQuantities.size >= CACHED_QUANTITIES_MAX) parsedQuantities.clear();
    parsedQuantities.set(text, parsed);
  }
  return parsed;
}

/**
 * Quantities by text, parsed once: a dozen rules parse the same few hundred (`100m`, `128Mi`) for
 * every container, with BigInt arithmetic. Bounded, and only short texts (any real quantity), so
 * that no input can make it hold much after its run.
 */
const parsedQuantities = new Map<string, Fraction | undefined>();
const CACHED_QUANTITIES_MAX = 10_000;
const CACHED_TEXT_MAX = 64;

function parseQuantityText(text: string): Fraction | undefined {
  const match = QUANTITY.exec(text);
  if (!match) return undefined;
  const [, sign = '', whole = '', fraction = '', suffix = ''] = match;
  if (whole === '' && fraction === '') return undefined;
  let numerator = BigInt(`${whole}${fraction}` || '0');
  let denominator = 10n ** BigInt(fraction.length);
  const binary = BINARY_SUFFIXES[suffix];
  let decimalExponent = 0;
  if (binary !== undefined) numerator *= 2n ** BigInt(binary);
  else if (suffix.startsWith('e') || suffix.startsWith('E')) decimalExponent = Number(suffix.slice(1));
  else decimalExponent = DECIMAL_SUFFIXES[suffix] ?? 0;
  if (Math.abs(decimalExponent) > 100) return undefined;
  if (decimalExponent >= 0) numerator *= 10n ** BigInt(decimalExponent);
  else denominator *= 10n ** BigInt(-decimalExponent);
  if (sign === '-') numerator = -numerator;
  return { numerator, denominator };
}

/** Negative when a < b; undefined when either is not a quantity. */
export function compareQuantities(a: unknown, b: unknown): number | undefined {
  const left = parseQuantity(a);
  const right = parseQuantity(b);
  if (!left || !right) return undefined;
  const difference = left.numerator * right.denominator - right.numerator * left.denominator;
  return difference === 0n ? 0 : difference < 0n ? -1 : 1;
}

/** The sum of `parts` compared with `total` (negative when smaller); undefined when any is not a quantity. */
export function compareQuantitySum(parts: readonly unknown[], total: unknown): number | undefined {
  let sum: Fraction = { numerator: 0n, denominator: 1n };
  for (const part of parts) {
    const value = parseQuantity(part);
    if (!value) return undefined;
    sum = {
      numerator: sum.numerator * value.denominator + value.numerator * sum.denominator,
      denominator: sum.denominator * value.denominator,
    };
  }
  const right = parseQuantity(total);
  if (!right) return undefined;
  const difference = sum.numerator * right.denominator - right.numerator * sum.denominator;
  return difference === 0n ? 0 : difference < 0n ? -1 : 1;
}
