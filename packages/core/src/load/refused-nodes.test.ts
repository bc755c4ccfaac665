import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertReadAlikeOnBothPaths, assertRefusedOnBothPaths, precise } from '../../test/support/both-paths.js';

// Each checked with the oracle (test/oracle, kubectl's reading) as a ConfigMap's labels, shifted four columns.
const refused = [
  // "unsupported map key of type: %!s(<nil>)"
  'null: x\n',
  '~: x\n',
  '? \n: x\n',
  'a: {null: 1}\n',
  'a: {~: 1}\n',
  // "did not find expected key" / "did not find expected node content"
  ': x\n',
  'a: 1\n: x\n',
  '- : x\n',
  'a: {: x}\n',
  '[: x]\n',
  // "invalid map key"
  '? a: b\n',
  '[a]: b\n',
  'c:\n  {a: 1}: b\n',
  '? - a\n: b\n',
  // "did not find expected ',' or '}'": a flow collection's key whose `:` is on a later line.
  'x: {a\n  : 1}\n',
  'x: {"a"\n  : 1}\n',
  'x: {a: 1, b\n  : 2}\n',
  'x: {a\n  b: 1}\n',
  'x: {a # c\n  : 1}\n',
  'x: {"a\n  b": 1}\n',
  // "did not find expected node content": in a flow collection every `:` is a value indicator.
  'a: [:d]\n',
  'a: {:d}\n',
  'a: [::]\n',
  'a: [\n  :d]\n',
  'a: [a, :d]\n',
  'a: {b: :c}\n',
  'a: [&x :d]\n',
  'a: {b: &x :c}\n',
  // "did not find expected ',' or ']'": a comment ends a plain scalar, also in a flow collection less
  // indented than its key, whose lines are read as one.
  'a: [--a # note\n--b]\n',
  'a: [a/b # c\nc/d]\n',
];

const read = [
  '"": x\n',
  '"null": x\n',
  'nulls: 1\n',
  'a: [a: 1]\n',
  'a: {b}\n',
  '? a\n',
  'x: {a:\n  1}\n',
  'x: [a: 1,\n  b: 2]\n',
  'a: [e:f]\n',
  'a: {e:f}\n',
  'a: :b\n',
  '- :b\n',
  'a: {b: fd00::1}\n',
  'a: [a/b # c\n, c/d]\n',
];

describe('keys kubectl cannot turn into JSON, and flow scalars go-yaml refuses', () => {
  it('are refused on both paths, where the oracle refuses them', () => {
    assertRefusedOnBothPaths(refused);
  });

  it('and string keys, even empty or quoted null, are read alike on both paths', () => {
    assertReadAlikeOnBothPaths(read);
  });

  it('are reported at the key, or at the `:` with none before it', () => {
    assert.deepEqual(precise.load('a.yaml', 'a:\n  null: 1\n').problems[0]?.range.start, {
      line: 2,
      column: 3,
      offset: 5,
    });
    assert.deepEqual(precise.load('a.yaml', 'a: 1\n: x\n').problems[0]?.range.start, { line: 2, column: 1, offset: 5 });
  });
});
