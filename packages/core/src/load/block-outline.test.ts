import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { FieldPath } from '../model/path.js';
import type { SourceRange } from '../types.js';
import { generator, randomDocument } from '../../test/support/generated-yaml.js';
import { BlockOutline } from './block-outline.js';
import { readOutline } from './outline-reader.js';
import { FastManifestLoader } from './fast-loader.js';
import { LineIndex } from './positions.js';
import { YamlManifestLoader } from './yaml-loader.js';

const precise = new YamlManifestLoader();
const fast = new FastManifestLoader(precise);

/** Every field path of a value, a missing key and a missing item below each: what findings point at. */
function pathsOf(value: unknown, prefix: FieldPath = [], out: FieldPath[] = []): FieldPath[] {
  out.push(prefix, [...prefix, 'missing']);
  if (Array.isArray(value)) {
    out.push([...prefix, value.length]);
    value.forEach((item, i) => pathsOf(item, [...prefix, i], out));
  } else if (typeof value === 'object' && value !== null)
    for (const [key, item] of Object.entries(value)) pathsOf(item, [...prefix, key], out);
  return out;
}

/**
 * The outline of a one-document text, which must answer as the syntax tree does wherever it answers
 * at all: read along each path alone, and read whole (one outline asked for every path: past a
 * few paths it reads the whole document once).
 */
function outlineAgreeing(text: string): BlockOutline | undefined {
  const document = precise.load('a.yaml', text).documents[0];
  assert.ok(document);
  const outlineOf = (): BlockOutline | undefined =>
    BlockOutline.of(new LineIndex(text), 0, text.length, document.value);
  const outline = outlineOf();
  if (!outline) return undefined;
  const range = outline.range;
  if (range === undefined) return undefined;
  assert.deepEqual(range, document.range, 'range');
  for (const path of pathsOf(document.value)) {
    for (const asked of [outline, outlineOf(), outlineOf()]) {
      const located: SourceRange | undefined = asked?.locate(path);
      if (located) assert.deepEqual(located, document.locate(path), `locate ${path.join('.')}`);
    }
    for (const asked of [outline, outlineOf()]) {
      const value: SourceRange | null | undefined = asked?.locateValue(path);
      if (value !== undefined)
        assert.deepEqual(value ?? undefined, document.locateValue(path), `value ${path.join('.')}`);
    }
  }
  return outline;
}

describe('BlockOutline', () => {
  it('positions plain block YAML exactly as the syntax tree does', () => {
    const texts = [
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web   # trailing comment\n  labels: {app: web, "tier": x}\nspec:\n  containers:\n  - name: a\n    image: "nginx:1.27"\n    args: [a, \'b\', "c d"]\n    command:\n      - sh\n      - -c\n      - |\n        echo hi\n\n        echo "# not a comment"\n    env:\n    - name: E\n      value: \'it\'\'s\'\n  - name: b\n    ports:\n    -   containerPort: 80\n        name: http\n',
      'a: 1\nempty:\nspaced:   \ncommented:   # why\nlast: x',
      'list:\n- w:\n- v:   # c\n- - a\n  - b\n-\n  k: v\nafter: [1, [2, 3]]\n',
      '# leading comment\n\n"quoted key": 1\nplain  : 2\nfolded: >-\n  one\n  two\n\nkeep: |+\n  kept\n\nnext: 3\n',
      'apiVersion: v1\r\nkind: ConfigMap\r\ndata:\r\n  k: v\r\n  script: |\r\n    line\r\n',
      'seq:\n- a\n- b: 1\n  c: 2\n- "q"\nindented:\n  - x\n',
      // Scalars over several lines: values are their whole range, keys their first line.
      'a: "line\n  continued"\nb: \'one\n\n   two\'  # c\nc: "escaped \\\n  break"\nd: plain\n  continued\n\n  more\ne: x\n',
      'list:\n- k: one\n    two # c\n- x\n',
      // Plain keys YAML 1.1 reads as something else are named by the string of their value, as the
      // tree's walk does (a `null` key breaks the document: kubectl refuses it, and nothing in it is located).
      'jvmOptions:\n  -Xms: 4096m\n  -Xmx: 4096m\nportLevelMtls:\n  8090: {mode: STRICT}\n  0x1F: hex\n  1.50: float\ndata:\n  404: x\n  yes: boolean key\n',
      // Flow collections over several lines, closed deeper or (the outermost) in the entry's column.
      'args: [\n  "--a=1",\n\n  x # c ]\n]\nspec:\n  b: {\n    k: v }\n  c:\n  - [\n    x\n  ]\n  - [\n     [a,\n      b]]\n  - k: [\n      x\n    ]\n  d:\n    [\n      x\n    ]  # after\n',
      // A quoted scalar over several lines as a sequence item: no key, a value.
      'command:\n  - sh\n  - "one;\n    two"\n  - \'a\n\n    b\'\n  - "c\\\n    d"\n',
      // A quote inside a plain scalar of a flow collection is a character, not the start of a quoted scalar.
      "cmd: [sh, -c, echo it's] # don't]\nb: [\n  it's, 'x'] # it's]\nc: {k: don't, 'q': \"v\"}\n",
    ];
    for (const text of texts) assert.ok(outlineAgreeing(text), JSON.stringify(text));
  });

  it('leaves to the parser what it does not model, and answers only as the tree does around it', () => {
    const texts = [
      'a:\tb\n',
      'a: "line\ncontinued at the key\'s column"\n',
      'a: plain\n  continued: as a key\n',
      'a: &anchor x\n',
      '+1: sign\n',
      '--a: two dashes\n',
      '-: a dash\n',
      'a:b: colon in the name\n',
      'a b: space in the name\n',
      'caf\u00e9: not ASCII\n',
      'a: [1,\n2]\n',
      'a:\n  b: [[\n    x\n  ]\n  ]\n',
      'a:\n  b: [\n    x\n ]\n',
      'a:\n  - b: [\n    x\n   ]\n',
      'a:\n  b: [ x,\n  # comment in the column\n    y ]\n',
      'a:\n- "x\n  y": z\n',
      'a:\n  |\n    header on its own line\n',
      'a: |2\n    explicit indentation\n',
      '- top-level sequence\n',
      'a: 1\n---\nb: 2\n',
      // A quote after `a:` or an anchor in a flow collection: the parser decides what it is.
      'a: {"k":"v"}\n',
    ];
    for (const text of texts) {
      assert.equal(readOutline(text, 0, text.length), undefined, text);
      // Read along a path, it may pass over what it does not model: its answers are the tree's.
      if (!text.includes('\t')) outlineAgreeing(text);
    }
  });

  it('positions generated documents the fast path reads as the syntax tree does, wherever it answers', () => {
    // Other seeds and larger counts by hand: OUTLINE_SEED=7 OUTLINE_COUNT=100000 node --import tsx --test <this file>
    const random = generator(Number(process.env.OUTLINE_SEED ?? 5));
    let read = 0;
    let outlined = 0;
    for (let i = 0; i < Number(process.env.OUTLINE_COUNT ?? 5_000); i++) {
      const text = randomDocument(random);
      // Only documents the fast path reads are ever outlined.
      if (fast.readFast('a.yaml', text)?.documents.length !== 1) continue;
      read++;
      if (outlineAgreeing(text)) outlined++;
    }
    // Not vacuous: most documents read are outlined, not given up.
    assert.ok(outlined > read * 0.4, `${outlined} of ${read} documents outlined`);
  });

  it('reads along a path past what it does not model, as the tree does', () => {
    // A block scalar's header on a line of its own: the whole outline gives up, a path past it answers.
    const text = 'a:\n  |\n    header on its own line\nb: 1\n';
    assert.equal(readOutline(text, 0, text.length), undefined);
    const document = precise.load('a.yaml', text).documents[0];
    assert.ok(document);
    const outline = BlockOutline.of(new LineIndex(text), 0, text.length, document.value);
    assert.deepEqual(outline?.locate(['b']), document.locate(['b']));
    assert.deepEqual(outline?.locateValue(['b']), document.locateValue(['b']));
  });

  it('does not take a line of a value it passed over for a key: the names must be those of the value', () => {
    // The quoted scalar's second line comes back to the key's column: passed over by indentation,
    // it reads as a key `b` that the document's value does not have.
    const text = 'a:\n  "x\nb: y"\nc: 1\n';
    const outline = BlockOutline.of(new LineIndex(text), 0, text.length, { a: 'x b: y', c: 1 });
    assert.ok(outline);
    assert.equal(outline.locate(['b']), undefined);
    assert.equal(outline.locate(['c']), undefined);
    // A sequence's entries likewise: a passed-over entry's line that reads as another `-`.
    const list = 'l:\n-\n  "x\n- y"\n- z\n';
    const listOutline = BlockOutline.of(new LineIndex(list), 0, list.length, { l: ['x - y', 'z'] });
    assert.equal(listOutline?.locate(['l', 1]), undefined);
  });

  it('leaves a name a mapping has twice to the parser, and answers for the others', () => {
    const text = 'a: 1\nb:\n  c: 2\na: 3\n';
    const outline = BlockOutline.of(new LineIndex(text), 0, text.length, { a: 3, b: { c: 2 } });
    assert.ok(outline);
    assert.equal(outline.locate(['a']), undefined);
    assert.equal(outline.locateValue(['a']), undefined);
    assert.deepEqual(outline.locate(['b', 'c']), new LineIndex(text).range(10, 11));
  });
});
