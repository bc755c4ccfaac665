import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compareReaders } from '../../test/support/block-reader-equality.js';
import { generator, randomDocument } from '../../test/support/generated-yaml.js';
import { readBlockDocument } from './block-reader.js';
import { Yaml11Scalars } from './yaml11-scalars.js';

function assertSameAsJsYaml(text: string): { documents: number; read: number } {
  const comparison = compareReaders(text);
  assert.deepEqual(comparison.mismatches, [], `the block reader and js-yaml differ on:\n${text}`);
  return comparison;
}

describe('the block reader reads what js-yaml reads', () => {
  it('on generated documents (quoting, escapes, YAML 1.1 scalars, block scalars, compact collections, damage)', () => {
    // Other seeds and larger counts by hand: BLOCK_READER_SEED=7 BLOCK_READER_COUNT=100000 node --import tsx --test <this file>
    const random = generator(Number(process.env.BLOCK_READER_SEED ?? 21));
    let documents = 0;
    let read = 0;
    for (let i = 0; i < Number(process.env.BLOCK_READER_COUNT ?? 20_000); i++) {
      const counts = assertSameAsJsYaml(randomDocument(random));
      documents += counts.documents;
      read += counts.read;
    }
    // Not vacuous: most generated documents are read, not given up.
    assert.ok(read > documents * 0.3, `${read} of ${documents} documents read`);
  });

  it('on cases written out', () => {
    const cases = [
      'a: 1\nb: -0\nc: .nan\nd: 0x1F\ne: 123456789012345678901234567890\nf: yes\ng: ~\nh:\n',
      'a: |2-\n    x\n   y\nb: >+\n  a\n  b\n\n   c\n  d\n\n\n',
      'a: >\n  one\n  two\n\n  three\n    more\n  four\n',
      '- - a\n  - b\n- k: v\n  l: w\n-\n- # c\n  x: y\n',
      'a:\n- 1\n- 2\nb: 3',
      'a: b\n  c\n\n  d\ne: f\n',
      'key:value\n',
      "a: \"x\\u00e9\\x41\" # c\nb: 'it''s'\n",
      'a: [1, "two", three]\nb: {x: 1, "y": [}\n',
      '---\n# only a comment\n',
      '--- # c\na: 1\n',
      'a: 1\na: 2\n',
      'null: 1\n',
      '"null": 1\n',
      'a: &x 1\nb: *x\n',
    ];
    for (const text of cases) assertSameAsJsYaml(text);
  });

  it('gives up on what it does not model, and js-yaml reads it as before', () => {
    const scalars = new Yaml11Scalars();
    for (const text of [
      'a: &x 1\n',
      'a: !!str 1\n',
      '? a\n: b\n',
      '"a\n b": 1\n',
      'a: 1\na: 2\n',
      'x\n',
      'a: [1\n  2]\n',
      // A backslash that ends the text inside a double-quoted scalar: unclosed, js-yaml reports it.
      'a: "b\\',
      '- "b\\',
      'a: 1\nb: "x\\',
    ])
      assert.equal(readBlockDocument(text, 0, text.length, scalars, 1000), undefined, text);
    assert.equal(readBlockDocument('a: [1, 2, 3]\n', 0, 13, scalars, 4), undefined, 'over the node limit');
  });

  it('tells whether every key is the text written for it (schema/yaml11-key-misread skips the others)', () => {
    const scalars = new Yaml11Scalars();
    const keysAsWritten = (text: string): boolean | undefined => {
      const read = readBlockDocument(text, 0, text.length, scalars, 1000);
      assert.ok(typeof read === 'object', text);
      return read.keysAsWritten;
    };
    // Strings, and numbers and booleans that read as they are spelled.
    for (const text of ['a: 1\nb:\n  c: d\n', '80: http\n443: https\n', 'true: 1\n', '"0755": x\n', "'on': x\n"])
      assert.equal(keysAsWritten(text), true, text);
    // Spelled otherwise: YAML 1.1 octal, booleans, floats, hexadecimal, signs; nested and in lists too.
    for (const text of [
      '0755: x\n',
      'on: x\n',
      'a:\n  yes: 1\n',
      '- 1e3: x\n',
      'a:\n- 0x1F: b\n',
      '+1: x\n',
      'a: {on: x}\n',
    ])
      assert.equal(keysAsWritten(text), false, text);
  });
});
