import assert from 'node:assert/strict';
import type { FieldPath } from '../../src/model/path.js';
import type { LoadedFile } from '../../src/load/document.js';
import { FastManifestLoader } from '../../src/load/fast-loader.js';
import { YamlManifestLoader } from '../../src/load/yaml-loader.js';

/** The two load paths, which must read every text alike. */
export const precise = new YamlManifestLoader();
export const fast = new FastManifestLoader();

/** Each text is refused on both paths: a yaml/syntax problem first, and a broken document. */
export function assertRefusedOnBothPaths(texts: readonly string[]): void {
  for (const text of texts) {
    for (const loader of [precise, fast]) {
      const loaded = loader.load('a.yaml', text);
      assert.equal(loaded.problems[0]?.ruleId, 'yaml/syntax', text);
      assert.ok(
        loaded.documents.some((document) => document.broken),
        text,
      );
    }
  }
}

/** Each text is read on both paths without a problem, to the same values (key order too). */
export function assertReadAlikeOnBothPaths(texts: readonly string[]): void {
  for (const text of texts) {
    const expected = precise.load('a.yaml', text);
    const actual = fast.load('a.yaml', text);
    assert.deepEqual(expected.problems, [], text);
    assert.deepEqual(actual.problems, [], text);
    assert.equal(
      JSON.stringify(actual.documents.map((document) => document.value)),
      JSON.stringify(expected.documents.map((document) => document.value)),
      text,
    );
  }
}

/** Every field path of a value (keys and items), the root first. */
function pathsOf(value: unknown, prefix: FieldPath = [], out: FieldPath[] = []): FieldPath[] {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((item, i) => pathsOf(item, [...prefix, i], out));
  else if (typeof value === 'object' && value !== null)
    for (const [key, item] of Object.entries(value)) pathsOf(item, [...prefix, key], out);
  return out;
}

/** The fast load must be the positioned one in every observable way: documents, values, problems, positions. */
export function assertSameAsPrecise(text: string): LoadedFile {
  const expected = precise.load('a.yaml', text);
  const actual = fast.load('a.yaml', text);
  assert.deepEqual(actual.problems, expected.problems);
  assert.equal(actual.eol, expected.eol);
  assert.equal(actual.documents.length, expected.documents.length, 'documents');
  expected.documents.forEach((document, i) => {
    const other = actual.documents[i];
    assert.ok(other);
    assert.deepEqual(other.value, document.value, `value of document ${i}`);
    // deepEqual does not compare key order; rules and messages can depend on it.
    assert.equal(JSON.stringify(other.value), JSON.stringify(document.value));
    assert.equal(other.broken, document.broken);
    assert.deepEqual(other.range, document.range, `range of document ${i}`);
    for (const path of pathsOf(document.value)) {
      assert.deepEqual(other.locate(path), document.locate(path), `locate ${path.join('.')}`);
      assert.deepEqual(other.locateValue(path), document.locateValue(path), `locateValue ${path.join('.')}`);
    }
    const missing = ['metadata', 'no-such-field', 3];
    assert.deepEqual(other.locate(missing), document.locate(missing));
  });
  return actual;
}
