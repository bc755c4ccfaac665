import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertReadAlikeOnBothPaths, assertRefusedOnBothPaths, precise } from '../../test/support/both-paths.js';

// Each checked with the oracle (test/oracle, kubectl's go-yaml) as a ConfigMap's labels, the lines
// shifted four columns, and as written where a case is a whole manifest.
const refused = [
  // "found a tab character that violates indentation": after a plain scalar, less deep than its content.
  'a: 1\n\t\n',
  'a: 1\n\t\nb: 2\n',
  'a:\n  b: 1\n  \t\nc: 2\n',
  'a:\n  b: 1\n\t\nc: 2\n',
  'a: b\n  c\n\t\nd: 2\n',
  'a: 1\n\t# c\nb: 2\n',
  'a: b\n\tc\n',
  'a:\n  - x\n  \t\n',
  'a:\n  - b: x\n   \t\n',
  'a:\n  - - x\n    \t\n',
  // "found character that cannot start any token": at a line's start after anything else, or after `- `.
  'a: 1\n# c\n\t\nb: 2\n',
  'a: "x"\n\t\nb: 2\n',
  'a: [1]\n\t\nb: 2\n',
  'a:\n  b: "x"\n   \t\nc: 2\n',
  'a: b # c\n  \t\n',
  'a:\n  b:\n  \t\n  c: 1\n',
  'a: |\n  x\n# c\n\t\nb: 2\n',
  '- \ta\n',
  '-\ta\n',
  '- a\n- \t- b\n',
  '- - \tb\n',
  'apiVersion: v1\n\t\nkind: ConfigMap\nmetadata:\n  name: x\n',
  '\t\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n',
  'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n\t\n',
  'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n---\n\t\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: y\n',
  // Checked as a ConfigMap's data (shifted two columns): after an empty value, after `-`, in a flow collection.
  'data:\n  b:\n    \t# comment\n  d: 1\n',
  'data:\n  n:\t\n   \t # comment\n',
  'data:\n  q:\t[a\n  \tb]\n',
  'data:\n  - n\n  -\tno\n',
  'data:\n  - 0.5\n  -\t# c\n',
  'data:\n  q: [a, b\n  \t\n    ]\n',
];

const read = [
  // After a plain scalar, as deep as its content: its scanner reads the tab as white space.
  'a:\n  b: 1\n   \t\nc: 2\n',
  'a:\n  b: 1\n    \t\n',
  'a:\n  - x\n   \t\n',
  'a:\n- x\n \t\nb: 1\n',
  'a: b\n \tc\n',
  'a:\n  b: x\n   \tc\n',
  'a: x\n  \t# c\n',
  // After a key's `:`, an anchor or a tag, inside a line, in quoted scalars and flow collections.
  'a:\tb\n',
  'a: \tb\n',
  'a: &x\t1\n',
  'a: !!str\t1\n',
  'a: 1 \t\nb: 2\n',
  'a: b \t# c\n',
  'a: "x\n\ty"\n',
  "a: 'x\n\t  y'\n",
  'a: [x,\n  \t y]\n',
  'a: {b: 1,\n  \tc: 2}\n',
  // In a flow collection, as deep as a plain scalar's content or after a `,` or a quoted scalar.
  'data:\n  q: [a\n    \tb]\n',
  'data:\n  q: [a,\n  \tb]\n',
  'data:\n  q: ["a"\n  \t, b]\n',
  // Where go-yaml never looks: kubectl splits at `---` lines (a tab may follow the dashes), drops a part
  // of blank and comment lines, and decodes a part's first document, up to its `...`.
  'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n---\t\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: b\n',
  'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n--- \t\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: b\n',
  'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n---\t# Source: x\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: b\n',
  '# x\n\t\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n',
  '# x\n\t# y\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n',
  'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n---\n# c\n\t\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: b\n',
  'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n...\n\t\n',
];

describe('tabs go-yaml refuses', () => {
  it('are refused on both paths, where the oracle refuses them', () => {
    assertRefusedOnBothPaths(refused);
  });

  it('and the others are read alike on both paths, as the oracle reads them', () => {
    assertReadAlikeOnBothPaths(read);
  });

  it('are reported at the tab', () => {
    const problem = precise.load('a.yaml', 'a:\n  b: "x"\n   \t\nc: 2\n').problems[0];
    assert.deepEqual(problem?.range.start, { line: 3, column: 4, offset: 15 });
  });
});
