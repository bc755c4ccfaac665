import { LEFT_TO_PRECISE, readBlockDocument } from '../../src/load/block-reader.js';
import { blockReaderMayRead, documentSlices, jsYaml } from '../../src/load/fast-loader.js';
import { DOCUMENT_NODE_LIMIT } from '../../src/load/limits.js';
import { Yaml11Scalars } from '../../src/load/yaml11-scalars.js';

const scalars = new Yaml11Scalars();

/**
 * Whether two values are the same to every reader of them: primitives by `Object.is` (NaN, -0),
 * objects by prototype, keys in order and values.
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return Object.is(a, b);
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((item, i) => sameValue(item, other[i]));
  }
  const keys = Object.keys(a);
  const otherKeys = Object.keys(b);
  return (
    keys.length === otherKeys.length &&
    keys.every(
      (key, i) =>
        key === otherKeys[i] && sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
    )
  );
}

/** What the block reader did with the documents of a text, against js-yaml (the fast path without it). */
export interface ReaderComparison {
  documents: number;
  /** Documents the block reader read (the others it left to js-yaml). */
  read: number;
  /** Documents the block reader read differently from js-yaml, or read where js-yaml (or `plainEnough`) refuses. */
  mismatches: Array<{ index: number; reader: unknown; jsYaml: unknown }>;
}

/** Every document of `text` read by the block reader and by js-yaml, as the fast path cuts them. */
export function compareReaders(text: string): ReaderComparison {
  const result: ReaderComparison = { documents: 0, read: 0, mismatches: [] };
  if (!blockReaderMayRead(text)) return result;
  for (const [index, [start, end]] of documentSlices(text).entries()) {
    result.documents++;
    const mine = readBlockDocument(text, start, end, scalars, DOCUMENT_NODE_LIMIT / 2);
    if (!mine || mine === LEFT_TO_PRECISE) continue;
    result.read++;
    const theirs = jsYaml(text.slice(start, end));
    if (!theirs || !sameValue(mine.value, theirs.value))
      result.mismatches.push({ index, reader: mine.value, jsYaml: theirs ? theirs.value : 'refused' });
  }
  return result;
}
