import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FastManifestLoader } from './fast-loader.js';
import { YamlManifestLoader } from './yaml-loader.js';

const precise = new YamlManifestLoader();
const fast = new FastManifestLoader();

describe('syntax tree tokens mended to read as go-yaml does', () => {
  // The oracle reads `finalizers: [-, a/b, -]` as ["-", "a/b", "-"] (its validation errors quote "-");
  // eemeli/yaml and js-yaml refused a `-` before `,` or `]` in a flow collection.
  it('a `-` right before `,`, `]` or `}` in a flow collection is the scalar "-"', () => {
    const cases: Array<[string, unknown]> = [
      ['a: [-, a/b, -]\n', { a: ['-', 'a/b', '-'] }],
      ['command: [cat, -]\n', { command: ['cat', '-'] }],
      ['a: [\n  -,\n  b\n]\n', { a: ['-', 'b'] }],
      ['a: {b: -}\n', { a: { b: '-' } }],
      ['a: [[-], -]#c\n', { a: [['-'], '-'] }],
      // Also a mapping's value before more pairs (the parser left an empty key before the `,`).
      ['a: {b: -, c: d}\n', { a: { b: '-', c: 'd' } }],
      ['a: {b: c, d: -, e: f}\n', { a: { b: 'c', d: '-', e: 'f' } }],
    ];
    for (const [text, value] of cases) {
      for (const loader of [precise, fast]) {
        const loaded = loader.load('a.yaml', text);
        assert.deepEqual(loaded.problems, [], text);
        assert.deepEqual(loaded.documents[0]?.value, value, text);
      }
    }
    const positioned = precise.load('a.yaml', 'a: [b, -]\n').documents[0]?.locate(['a', 1]);
    assert.deepEqual(positioned?.start, { line: 1, column: 8, offset: 7 });
  });

  it('but `- ` in a flow collection stays an error, as the oracle has it ("did not find expected node content")', () => {
    for (const text of ['a: [- , a]\n', 'a: [ - ]\n', 'a: [-\n, b]\n', 'a: {b: - , c: d}\n', 'a: {b: - x, c: d}\n']) {
      for (const loader of [precise, fast])
        assert.equal(loader.load('a.yaml', text).problems[0]?.ruleId, 'yaml/syntax');
    }
  });
});
