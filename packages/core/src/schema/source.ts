import type { FieldPath, PathSegment } from '../model/path.js';
import type { Resource } from '../model/resource.js';
import { isObject } from '../model/values.js';

/**
 * The text a value or key was written as. Rules see plain values; a few messages and fixes need
 * the spelling too (YAML 1.1 booleans such as `on`, octal `0755`, integers past 2^53).
 */
export function valueSource(resource: Resource, path: FieldPath): string | undefined {
  const range = resource.document.locateValue([...resource.basePath, ...path]);
  if (!range) return undefined;
  return resource.document.text.slice(range.start.offset, range.end.offset);
}

/** The source of the last key of `path` (only when the key itself exists). */
export function keySource(resource: Resource, path: FieldPath): string | undefined {
  const range = resource.document.locate([...resource.basePath, ...path]);
  const text = resource.document.text.slice(range.start.offset, range.end.offset);
  return text.includes('\n') ? undefined : text;
}

const YAML11_TRUE = /^(?:y|Y|yes|Yes|YES|on|On|ON)$/;
const YAML11_FALSE = /^(?:n|N|no|No|NO|off|Off|OFF)$/;

/** `on`, `yes`, `y`…: booleans only in YAML 1.1, which kubectl's decoder follows (plain scalars only). */
export function isYaml11Boolean(source: string): boolean {
  return YAML11_TRUE.test(source) || YAML11_FALSE.test(source);
}

/** A plain (unquoted, single-line) scalar, whose text a fix can quote verbatim. */
export function isPlainScalar(source: string | undefined): source is string {
  return source !== undefined && source !== '' && !/^['"|>&*!]/.test(source) && !source.includes('\n');
}

/** How kubectl reads a plain scalar that is not a string, for messages. */
export function describeReading(source: string, value: unknown): string {
  if (typeof value === 'boolean') {
    return isYaml11Boolean(source)
      ? `\`${source}\` is read as the boolean ${value} by kubectl (YAML 1.1)`
      : `${source} is a boolean`;
  }
  if (typeof value === 'number') {
    if (/^[-+]?0[0-7]+$/.test(source))
      return `\`${source}\` is read as the number ${value} by kubectl (YAML 1.1 octal)`;
    return String(value) === source ? `${source} is a number` : `\`${source}\` is read as the number ${value}`;
  }
  return `\`${source}\` is not a string`;
}

/** JSON pointer (ajv's instancePath) to a field path; numeric segments become indexes inside lists. */
export function pointerToPath(pointer: string, root: unknown): FieldPath {
  if (pointer === '') return [];
  const segments: PathSegment[] = [];
  let current: unknown = root;
  for (const raw of pointer.slice(1).split('/')) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(current)) {
      const index = Number(segment);
      segments.push(index);
      current = current[index];
    } else {
      segments.push(segment);
      current = isObject(current) ? current[segment] : undefined;
    }
  }
  return segments;
}

/** Exact comparison of an integer literal with a bound, past the 2^53 precision of numbers. */
export function integerSourceExceeds(
  source: string | undefined,
  bound: bigint,
  direction: 'above' | 'below',
): boolean | undefined {
  if (source === undefined || !/^[-+]?\d+$/.test(source.trim())) return undefined;
  const value = BigInt(source.trim());
  return direction === 'above' ? value > bound : value < bound;
}
