import assert from 'node:assert/strict';
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
