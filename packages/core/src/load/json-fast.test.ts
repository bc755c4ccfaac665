import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertSameAsPrecise, fast } from '../../test/support/both-paths.js';
import { generator } from '../../test/support/generated-yaml.js';

const pod = `{
  "apiVersion": "v1",
  "kind": "Pod",
  "metadata": {"name": "web", "labels": {"app": "web"}},
  "spec": {
    "containers": [
      {"name": "web", "image": "nginx:1.27", "ports": [{"containerPort": 8080}], "args": []}
    ]
  }
}
`;

/** Random JSON streams: the values, escapes, numbers and spacing kubectl's JSON and YAML 1.1 may read alike or not. */
function randomJsonStream(random: ReturnType<typeof generator>): string {
  const keys = ['a', 'kind', 'name', '1', '', 'on', 'a b', 'é', 'x\\"y', '__proto__', 'a'];
  const strings = ['', 'x', 'a\\nb', '\\"q\\"', 'back\\\\slash', '\\u00e9', 'a\\/b', '\\b\\f\\r\\t', 'yes', '1.5'];
  const rarer = ['\\u0000', '\\uD83D\\uDE00', 'raw é ü', 'raw 😀', '\u2028', '\\u0085', '# not a comment'];
  const numbers = ['0', '7', '-5', '42', '9007199254740991', '9007199254740993', '1.5', '1e3', '-0', '2E2', '0.0'];
  const breaks = ['\n', '\r\n'];
  const newline = random.pick(breaks);
  const spaced = random.chance(0.5);
  const indent = random.chance(0.3) ? '\t' : '  ';
  // White space scattered wherever JSON allows it, line breaks included.
  const scattered = random.chance(0.2);
  const gap = (): string => (scattered ? random.pick(['', ' ', '\t', newline, `${newline}${indent}`]) : '');
  // Between a key and its `:` a line break is a YAML syntax error (tested with `colon` below, rarely).
  const inLine = (): string => (scattered ? random.pick(['', ' ', '\t']) : '');
  const value = (depth: number): string => {
    const roll = random.next();
    if (depth > 3 || roll < 0.35) {
      const scalar = random.next();
      if (scalar < 0.4) return `"${random.pick(random.chance(0.1) ? rarer : strings)}"`;
      if (scalar < 0.7) return random.pick(random.chance(0.8) ? numbers.slice(0, 5) : numbers);
      return random.pick(['true', 'false', 'null']);
    }
    const pad = spaced ? `${newline}${indent.repeat(depth + 1)}` : '';
    const end = spaced ? `${newline}${indent.repeat(depth)}` : '';
    const count = Math.floor(random.next() * 4);
    if (roll < 0.6)
      return `[${Array.from({ length: count }, () => pad + gap() + value(depth + 1) + gap()).join(',')}${count ? end : ''}]`;
    return object(depth, count, pad, end);
  };
  const object = (depth: number, count: number, pad: string, end: string): string => {
    const members = Array.from({ length: count }, (_, i) => {
      const key = random.chance(0.05) ? random.pick(keys) : `k${i}`;
      const colon = random.chance(0.9) ? (spaced ? ': ' : ':') : random.pick([' : ', `:${newline}`, `${newline}:`]);
      return `${pad}${gap()}"${key}"${inLine()}${colon}${gap()}${value(depth + 1)}${gap()}`;
    });
    return `{${members.join(',')}${count ? end : ''}}`;
  };
  const values = Array.from({ length: 1 + Math.floor(random.next() * 3) }, (_, i) =>
    i > 0 && random.chance(0.1) ? value(1) : object(0, 1 + Math.floor(random.next() * 4), newline, newline),
  );
  const tail = random.chance(0.2) ? random.pick([',}', ' x', '', ']']) : newline;
  return `${random.chance(0.2) ? ' \n' : ''}${values.join(random.pick([newline, ' ', '']))}${tail}`;
}

describe('FastManifestLoader on JSON streams', () => {
  it('reads ordinary JSON with JSON.parse, with the positioned values, documents and positions', () => {
    const texts = [
      pod,
      '{"apiVersion": "v1", "kind": "List", "items": [{"kind": "Pod", "metadata": {"name": "a"}}, {"kind": "Service"}]}\n',
      `${pod}${pod}{"kind": "ConfigMap", "data": {"k": "v"}}\n`,
      '{"kind": "A"}{"kind": "B"} {"kind": "C"}\n',
      '{"a": [[1, [2, []]], [], [[{"b": [3]}]]]}\n',
      '{"s": "line\\nbreak \\"quoted\\" back\\\\slash \\u00e9 a\\/b \\b\\f\\r\\t", "raw": "é ü ß"}\n',
      '{"t": true, "f": false, "n": null, "i": -5, "z": 0, "max": 9007199254740991}\n',
      '{"o": {}, "a": [], "e": ""}\n',
      pod.replace(/\n/g, '\r\n'),
      '\n  \n\t{"kind": "Pod"}\n',
      '{"kind": "Pod", "metadata": {"name": "x"}}',
      '{\n\t"kind": "Pod",\n\t"spec": {\n\t\t"containers": [\n\t\t\t{"name": "a"}\n\t\t]\n\t}\n}\n',
      '{"b": 1, "10": 2, "a": 3, "2": 4}\n',
      '{\n"a": [\n1\n],\n"b": {\n"c": "d"\n}\n}\n',
      // A key's `:` on a later line: JSON to kubectl, where YAML's flow collections refuse it.
      '{"a"\n: 1}\n',
      '{"a": [{"b": 1, "c"\r\n  : 2}]}\n',
      // Quoted, so none of these is what it would be in plain YAML: keys as written, no merge, no template.
      '{"on": "yes", "0755": "0x1F", "null": null, "~": "~", "<<": {"b": 1}, "t": "{{ .Values.x }}", "c": "x # y"}\n',
      '{"a": "*x", "b": "&x", "c": "! x", "d": "? y", "e": "- z", "f": "%YAML", "g": "--- x"}\n',
      `{"${'k'.repeat(1100)}": "${'\\u00e9'.repeat(300)}", "deep": ${'['.repeat(100)}${']'.repeat(100)}}\n`,
    ];
    for (const text of texts) {
      assert.ok(fast.readFast('a.json', text), text);
      assertSameAsPrecise(text);
    }
  });

  it('leaves to the positioned loader what YAML 1.1 may read otherwise, or what it reports, with the same result', () => {
    const texts = [
      '{"a": 1.5}\n',
      '{"a": 1e3}\n',
      '{"a": -0}\n',
      '{"a": 12345678901234567890}\n',
      '{"a": 9007199254740993}\n',
      '{"a": 1, "a": 2}\n',
      '{"a": {"b": 1, "b": 1}}\n',
      '{"a": 1,}\n',
      '{"a": 1} x\n',
      '{"a": 1}\n---\n',
      '{"a": "\\uD800"}\n',
      '{"a": "\\uD83D\\uDE00"}\n',
      '\uFEFF{"a": 1}\n',
      '{"a": 1}\r{"b": 2}\r',
      '{"a": "\u2028"}\n',
      '{"a": "\\u0085"}\n',
      '{"__proto__": {"a": 1}}\n',
      '{"a": 1} [1, 2] "x" 5 null\n',
      '{"a": 1',
      `${'{"a":['.repeat(100)}${']}'.repeat(100)}\n`,
      `{"a": ${'['.repeat(300)}${']'.repeat(300)}}\n`,
    ];
    for (const text of texts) {
      assert.equal(fast.readFast('a.json', text), undefined, text);
      assertSameAsPrecise(text);
    }
  });

  it('gives the positioned result for generated JSON streams, and takes the fast path for most', () => {
    // Other seeds and larger counts by hand: JSON_FAST_SEED=7 JSON_FAST_COUNT=20000 node --import tsx --test <this file>
    const random = generator(Number(process.env.JSON_FAST_SEED ?? 3));
    const count = Number(process.env.JSON_FAST_COUNT ?? 400);
    let read = 0;
    for (let i = 0; i < count; i++) {
      const text = randomJsonStream(random);
      if (fast.readFast('a.json', text)) read++;
      assertSameAsPrecise(text);
    }
    // Not vacuous: about a third of the generated streams hold nothing left to the positioned path.
    assert.ok(read > count * 0.2, `${read} of ${count} streams read on the fast path`);
  });
});
