import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FastManifestLoader } from './fast-loader.js';
import { YamlManifestLoader } from './yaml-loader.js';

const precise = new YamlManifestLoader();
const fast = new FastManifestLoader();

/** Block scalar bodies: blank lines, lines of only spaces (fewer, as many and more than the indentation), deeper lines. */
const BLOCK_BODIES = [
  ['a', 'b'],
  ['a', '', 'b'],
  ['a', '', '', 'b'],
  ['a', '  ', 'b'],
  ['a', '    ', 'b'],
  ['a', '      ', 'b'],
  ['a', '  b', 'c'],
  ['  a', 'b'],
  ['a', '  b', '', 'c'],
  ['a', '', '  b', '', 'c'],
  ['', 'a'],
  ['   ', 'a'],
  [' ', 'a'],
  ['a', ''],
  ['a', '', ''],
  ['a', ' '],
  ['a', '   '],
  ['a', '    '],
  ['a', '       '],
  ['a', '  ', ''],
  ['a', '', '   '],
  ['a', '', '      '],
  ['   a', '  b'],
  ['a', ' b'],
  [' a', 'b'],
  // Tabs where indentation is due (tab-only lines are not indented here), and after it.
  ['\ta'],
  [' \ta'],
  ['\t', 'a'],
  ['a', '\t'],
  ['a', ' \t', 'b'],
  ['a', '\tb'],
  ['a', '  \tb'],
  ['\tb', 'a'],
];

/** Every block scalar header (`|`/`>`, chomping either side of an indentation indicator) over every body, at the top and nested, with and without a line after it and a final line break. */
function blockScalarDocuments(): string[] {
  const documents: string[] = [];
  for (const style of ['|', '>'])
    for (const chomping of ['', '-', '+'])
      for (const indicator of ['', '1', '2', '3'])
        for (const header of new Set([style + chomping + indicator, style + indicator + chomping]))
          for (const body of BLOCK_BODIES)
            for (const column of [0, 2]) {
              const lines = body.map((line) => (line.trim() === '' ? line : ' '.repeat(column + 2) + line));
              const key = column === 0 ? 'v: ' : 'data:\n  v: ';
              const scalar = `${key}${header}\n${lines.join('\n')}`;
              documents.push(`${scalar}\n${' '.repeat(column)}z: y\n`, `${scalar}\n`, scalar);
            }
  return documents;
}

/** Double-quoted scalars over several lines: escaped line breaks before blank lines, lines of spaces, escapes. */
const QUOTED_BODIES = [
  'a\\\n  b',
  'a\\\n\n  b',
  'a\\\n\n\n  b',
  'a \\\n  b',
  'a\\\n  \n  b',
  'a\n\n  b',
  'a\\\n  \\ b',
  'a\\\n\\\n  b',
  'a\n  \\\n\n  b',
  'a\\\n   \n\n  b',
  'a \n  \n  b',
  'a\\\n',
  '\\\n  b',
  '\\\n\n  b',
  'a\\\n\n',
  'a\\\n  \n',
  'a\\t\\\n\n  \\x41\\u00e9',
];

function quotedDocuments(): string[] {
  return QUOTED_BODIES.flatMap((body) => [
    `v: "${body}"\nz: y\n`,
    `v: "${body}"\n`,
    `data:\n  v: "${body.replace(/\n/g, '\n  ')}"\n`,
    `- "${body.replace(/\n/g, '\n  ')}"\n`,
  ]);
}

describe('the fast and the positioned path read scalars alike, as go-yaml does', () => {
  it('on every block scalar header and body, and on double-quoted scalars over several lines', () => {
    let fastRead = 0;
    const documents = [...blockScalarDocuments(), ...quotedDocuments()];
    for (const text of documents) {
      const expected = precise.load('a.yaml', text);
      const actual = fast.load('a.yaml', text);
      if (fast.readFast('a.yaml', text)) fastRead++;
      assert.deepEqual(actual.problems, expected.problems, text);
      assert.equal(
        JSON.stringify(actual.documents.map((document) => document.value)),
        JSON.stringify(expected.documents.map((document) => document.value)),
        text,
      );
    }
    // Not vacuous: most are read by the fast path (not those with a tab in indentation: see `TAB_IN_INDENTATION`).
    const withoutTabs = documents.filter((text) => !text.includes('\t')).length;
    assert.ok(fastRead > withoutTabs / 2, `${fastRead} of ${documents.length} read by the fast path`);
  });

  // Values as the oracle (test/oracle, the API server's sigs.k8s.io/yaml) decodes them: each was put
  // in a ConfigMap's label, whose validation error quotes the value.
  const goYamlValues: Array<[string, string]> = [
    // No final line break: go-yaml adds none (js-yaml and eemeli/yaml did).
    ['v: |\n  a\n  b', 'a\nb'],
    ['v: >\n  a\n\n  b', 'a\nb'],
    ['v: |\n  a\n   ', 'a\n '],
    ['data:\n  v: |+\n    a\n   ', 'a\n'],
    ['v: |\n  a\n\n      ', 'a\n\n    '],
    // Trailing lines of only spaces past an indentation indicator's indentation are content (eemeli/yaml dropped them).
    ['v: |1\n  a\n  \n', ' a\n \n'],
    ['v: >-1\n  a\n  \n\nz: y\n', ' a\n '],
    // Blank lines after an escaped line break are line breaks (js-yaml dropped them, eemeli/yaml folded them).
    ['v: "a\\\n\n  b"\n', 'a\nb'],
    ['v: "a\\\n  \n  \n  b"\n', 'a\n\nb'],
    ['v: "a\n  \\\n\n  b"\n', 'a \nb'],
    ['v: "\\\n\n  b"\n', '\nb'],
    ['v: "a\\\n\n"\n', 'a\n'],
    // Folding around more-indented and empty lines, indicators, \r\n line breaks, white space around escaped line breaks.
    ['v: |\r\n  a\r\n  b', 'a\nb'],
    ['v: |-\r\n  a\r\n\r\n  b\r\n\r\n', 'a\n\nb'],
    ['v: >\n  a\n  b\n   c\n  d\n\n  e', 'a b\n c\nd\ne'],
    ['v: >2\n  a\n   b\n  c\n', 'a\n b\nc\n'],
    ['v: >2-\n  a\n\n   b\n\n  c\n', 'a\n\n b\n\nc'],
    ['v: |+2\n  a\n\n   \n', 'a\n\n \n'],
    ['v: >+\n  a\n  \tb\n  c', 'a\n\tb\nc'],
    ['v: "a\\\n\t\n  b"\n', 'a\nb'],
    ['v: "a\\\r\n\r\n  b"\r\n', 'a\nb'],
    ['v: "a \\\n\n  \\ b\\t \n  c"\n', 'a \n b\t c'],
    ['v: "  a\\\n\n  b  "\n', '  a\nb  '],
    // An indentation indicator counts from the collection's column as go-yaml sees it: without a byte
    // order mark, and from a node property written before the first key (eemeli/yaml starts the
    // collection after it).
    ['\ufeffv: |1-\n a\n', 'a'],
    ['data:\n  &x v: |2\n    a\n    \n', 'a\n'],
    ['data:\n  !!str v: |2\n    a\n    \n', 'a\n'],
    // A `#` right after the header's indicators starts a comment (eemeli/yaml and js-yaml refused it).
    ['v: |#c\n  a\n', 'a\n'],
    ['v: >#c\n  a\n  b\n', 'a b\n'],
    ['v: |-#c\n  a b\n', 'a b'],
    ['v: | #c\n  a\n', 'a\n'],
    ['data:\n  v: |2#\n     a\n', ' a\n'],
    ['v: |+#c\n  a\n\n', 'a\n\n'],
    ['v: >-2#c\n  a\n   b\n', 'a\n b'],
    // So does a `#` right after a closing quote (eemeli/yaml refused it; js-yaml reads it so).
    ['v: "a b"#c\n', 'a b'],
    ["v: 'a b'#c\nz: w\n", 'a b'],
    ['data:\n  v: "a\\tb"#\n', 'a\tb'],
    // go-yaml's `\'` is a quote (eemeli/yaml and js-yaml refused it); an escaped backslash before `/` is no `\/`.
    ['v: "it\\\'s a"\n', "it's a"],
    ['v: "a\\\'\\\n\n  b"\n', "a'\nb"],
    ['data:\n  v: "\\\\/ x"\n', '\\/ x'],
    // Also over lines less indented than the scalar, which are read as one line and folded again.
    ['data:\n  v: "it\\\'s\n  foo"\n', "it's foo"],
    ['data:\n  v: "it\\\'s\nfoo"\n', "it's foo"],
    // A tab past the indentation is content.
    ['v: |2\n  \ta\n', '\ta\n'],
    ['v: |\n  a\n   \tb\n', 'a\n \tb\n'],
    ['v: |\n  a\n  \t\n  b\n', 'a\n\t\nb\n'],
    ['v: >\n  a\n  \tb\n  c\n', 'a\n\tb\nc\n'],
  ];
  it('as the oracle decodes them', () => {
    for (const [text, value] of goYamlValues) {
      for (const loader of [precise, fast]) {
        const read = loader.load('a.yaml', text).documents[0]?.value as Record<string, unknown> | undefined;
        const data = (read?.data ?? read) as Record<string, unknown> | undefined;
        assert.equal(data?.v, value, text);
      }
    }
  });

  it('reads a `#` right after a closing bracket as a comment, as the oracle does', () => {
    for (const [text, value] of [
      ['v: [a b]#c\nz: w\n', { v: ['a b'], z: 'w' }],
      ['v: {a: b c}#c\n', { v: { a: 'b c' } }],
      ['v: ["a b"#c\n  ]\n', { v: ['a b'] }],
    ] as const) {
      for (const loader of [precise, fast]) {
        const loaded = loader.load('a.yaml', text);
        assert.deepEqual(loaded.problems, [], text);
        assert.deepEqual(loaded.documents[0]?.value, value, text);
      }
    }
  });

  it("refuses JSON's `\\/` escape in YAML, as the oracle does, and reads it in JSON", () => {
    for (const text of ['v: "a\\/b"\n', '"k\\/": 1\n', 'v: ["a\\/b"]\n', 'v: "it\\\'s \\/"\n']) {
      for (const loader of [precise, fast]) {
        const loaded = loader.load('a.yaml', text);
        assert.equal(loaded.documents[0]?.broken, true, text);
        assert.match(loaded.problems[0]?.message ?? '', /found unknown escape character/, text);
      }
    }
    const json = '{"kind": "ConfigMap", "data": {"a": "http:\\/\\/x"}}\n';
    for (const loader of [precise, fast]) {
      const loaded = loader.load('a.json', json);
      assert.deepEqual(loaded.problems, []);
      assert.deepEqual(loaded.documents[0]?.value, { kind: 'ConfigMap', data: { a: 'http://x' } });
    }
  });

  // Refused by the oracle: "found a tab character where an indentation space is expected" (eemeli/yaml
  // read the first five, js-yaml all but the first and last two).
  const tabRefusals = [
    'v: |\n  \t\n  a\n',
    'v: |\n  \ta\n',
    'v: |\n \t\n  a\n',
    'v: |\n  a\n\t\n',
    'v: |\n  a\n \t\nw: 1\n',
    'v: >\n  a\n\n\t\nw: 1\n',
    'v: |\n  a\n\t# c\n',
    'data:\n  v: |\n    a\n   \t\n',
    '- |\n  \ta\n',
  ];
  it("refuses a tab where a block scalar's indentation is due, as the oracle does", () => {
    for (const text of tabRefusals) {
      for (const loader of [precise, fast]) {
        const loaded = loader.load('a.yaml', text);
        assert.equal(loaded.documents[0]?.broken, true, text);
        assert.equal(loaded.problems[0]?.ruleId, 'yaml/syntax', text);
      }
    }
  });
});
