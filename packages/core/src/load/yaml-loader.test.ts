import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeBytes } from './decode.js';
import { FastManifestLoader } from './fast-loader.js';
import { YamlManifestLoader } from './yaml-loader.js';

const loader = new YamlManifestLoader();

describe('YamlManifestLoader', () => {
  it('reads every document of a multi-document file', () => {
    const file = loader.load('a.yaml', 'apiVersion: v1\nkind: ConfigMap\n---\n---\napiVersion: v1\nkind: Secret\n');
    assert.deepEqual(
      file.documents.map((d) => (d.value as { kind?: string } | null)?.kind ?? null),
      ['ConfigMap', null, 'Secret'],
    );
    assert.equal(file.problems.length, 0);
  });

  it('reads values with YAML 1.1 rules, as kubectl does', () => {
    const file = loader.load('a.yaml', 'a: on\nb: yes\nc: 0755\nd: 2024-01-02\ne: 1:30\nf: "on"\n<<: {g: 1}\n');
    assert.deepEqual(file.documents[0]?.value, { a: true, b: true, c: 493, d: '2024-01-02', e: '1:30', f: 'on', g: 1 });
  });

  it('reports a syntax error at its line and keeps the other documents', () => {
    const text =
      'apiVersion: v1\nkind: ConfigMap\n---\napiVersion: v1\nkind: [Secret\n---\napiVersion: v1\nkind: Pod\n';
    const file = loader.load('a.yaml', text);
    assert.equal(file.problems[0]?.ruleId, 'yaml/syntax');
    assert.equal(file.problems[0]?.documentIndex, 1);
    assert.deepEqual(
      file.documents.map((d) => d.broken),
      [false, true, false],
    );
    assert.equal((file.documents[2]?.value as { kind: string }).kind, 'Pod');
  });

  it('reports duplicate keys at the second key, naming the first', () => {
    const file = loader.load('a.yaml', 'metadata:\n  name: a\n  name: b\n');
    assert.equal(file.problems.length, 1);
    assert.equal(file.problems[0]?.ruleId, 'yaml/duplicate-key');
    assert.deepEqual([file.problems[0]?.range.start.line, file.problems[0]?.range.start.column], [3, 3]);
    assert.match(file.problems[0]?.message ?? '', /`name` \(first defined at line 2\)/);
  });

  it('refuses alias bombs instead of expanding them', () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 8; i++)
      levels.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9)
          .fill(`*${String.fromCharCode(96 + i)}`)
          .join(',')}]`,
      );
    const file = loader.load('bomb.yaml', `${levels.join('\n')}\n`);
    assert.equal(file.problems[0]?.ruleId, 'yaml/alias-limit');
  });

  it('reads a trailing comma as kubectl does (YAML after strict JSON fails), but not in a third JSON value', () => {
    const accepted = loader.load('a.json', '{\n  "apiVersion": "v1",\n  "kind": "ConfigMap",\n}\n');
    assert.deepEqual(accepted.problems, []);
    assert.deepEqual(accepted.documents[0]?.value, { apiVersion: 'v1', kind: 'ConfigMap' });
    const value = '{"apiVersion": "v1", "kind": "ConfigMap"}\n';
    const refused = loader.load('a.json', `${value}${value}{\n  "apiVersion": "v1",\n  "kind": "ConfigMap",\n}\n`);
    assert.equal(refused.problems[0]?.ruleId, 'yaml/syntax');
    assert.equal(refused.problems[0]?.range.start.line, 6);
  });

  it("reads a JSON stream's surrogate escapes as kubectl's JSON decoder does, not as go-yaml refuses them in YAML", () => {
    // The oracle accepts this ConfigMap (kubectl reads JSON with Go's encoding/json, which joins a pair
    // and reads a lone surrogate as U+FFFD), and refuses a label of "\uD800" for its value "\uFFFD".
    const json =
      '{"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "a", "labels": {"x\\udc00": "\\ud800"}},\n "data": {"k": "\\ud83d\\ude00", "l": "a\\ud800b"}}\n';
    for (const file of [loader.load('a.json', json), new FastManifestLoader().load('a.json', json)]) {
      assert.deepEqual(file.problems, []);
      assert.deepEqual(file.documents[0]?.value, {
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: { name: 'a', labels: { 'x\uFFFD': '\uFFFD' } },
        data: { k: '\u{1F600}', l: 'a\uFFFDb' },
      });
    }
    // In YAML, go-yaml refuses every surrogate escape, a pair too.
    const yaml = loader.load('a.yaml', 'apiVersion: v1\nkind: ConfigMap\ndata:\n  k: "\\ud83d\\ude00"\n');
    assert.equal(yaml.problems[0]?.ruleId, 'yaml/syntax');
  });

  it("reads a JSON key whose `:` is on a later line, which kubectl's JSON decoder accepts and go-yaml refuses in YAML", () => {
    // Oracle, by hand: accepted as a JSON stream, refused as YAML ("did not find expected ',' or '}'").
    const json = loader.load('a.json', '{"apiVersion": "v1", "kind": "ConfigMap",\n "data": {"k"\n: "v"}}\n');
    assert.deepEqual(json.problems, []);
    assert.deepEqual(json.documents[0]?.value, { apiVersion: 'v1', kind: 'ConfigMap', data: { k: 'v' } });
    const yaml = loader.load('a.yaml', 'apiVersion: v1\nkind: ConfigMap\ndata: {"k"\n : "v"}\n');
    assert.equal(yaml.problems[0]?.ruleId, 'yaml/syntax');
  });

  it('reads a valid JSON manifest with positions', () => {
    const file = loader.load(
      'a.json',
      '{\n  "apiVersion": "v1",\n  "kind": "ConfigMap",\n  "metadata": {"name": "x"}\n}\n',
    );
    assert.equal(file.problems.length, 0);
    const range = file.documents[0]?.locate(['metadata', 'name']);
    assert.deepEqual([range?.start.line, range?.start.column], [4, 16]);
  });

  it('keeps line numbers identical with CRLF line endings', () => {
    const lf = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n';
    const crlf = lf.replace(/\n/g, '\r\n');
    const a = loader.load('a.yaml', lf).documents[0]?.locate(['metadata', 'name']);
    const b = loader.load('b.yaml', crlf);
    assert.deepEqual(
      [
        b.documents[0]?.locate(['metadata', 'name']).start.line,
        b.documents[0]?.locate(['metadata', 'name']).start.column,
      ],
      [a?.start.line, a?.start.column],
    );
    assert.equal(b.eol, '\r\n');
    assert.equal((b.documents[0]?.value as { metadata: { name: string } }).metadata.name, 'x');
  });
});

describe('locate', () => {
  const text =
    'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: a\n      image: nginx\n      ports:\n        - containerPort: 80\n';
  const document = loader.load('p.yaml', text).documents[0];

  it('points at the key of an existing field', () => {
    const range = document?.locate(['spec', 'containers', 0, 'ports', 0, 'containerPort']);
    assert.deepEqual([range?.start.line, range?.start.column, range?.end.line, range?.end.column], [10, 11, 10, 24]);
  });

  it('falls back to the nearest existing parent', () => {
    const range = document?.locate(['spec', 'containers', 0, 'livenessProbe', 'httpGet']);
    assert.deepEqual([range?.start.line, range?.start.column], [7, 7]);
  });

  it('points at a list item on its first line only', () => {
    const range = document?.locate(['spec', 'containers', 0]);
    assert.deepEqual([range?.start.line, range?.end.line], [7, 7]);
  });

  it('gives the value range for fixes', () => {
    const range = document?.locateValue(['spec', 'containers', 0, 'image']);
    assert.equal(text.slice(range?.start.offset, range?.end.offset), 'nginx');
    assert.equal(document?.locateValue(['spec', 'missing']), undefined);
  });
});

describe('decodeBytes', () => {
  it('drops a UTF-8 BOM without shifting columns', () => {
    const result = decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('kind: Pod\n')]));
    assert.ok(result.ok && result.text === 'kind: Pod\n' && result.hadBom);
  });

  it('decodes UTF-16LE with a BOM', () => {
    const result = decodeBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('kind: Pod\n', 'utf16le')]));
    assert.ok(result.ok && result.text === 'kind: Pod\n' && result.encoding === 'utf-16le');
  });

  it('reports invalid UTF-8 at its line instead of decoding it to U+FFFD', () => {
    const result = decodeBytes(Buffer.concat([Buffer.from('a: b\nc: '), Buffer.from([0xc3, 0x28]), Buffer.from('\n')]));
    assert.ok(!result.ok && result.reason === 'invalid-utf8' && result.line === 2 && result.column === 4);
  });

  it('recognises binary files', () => {
    const bytes = Buffer.alloc(256);
    for (let i = 0; i < bytes.length; i++) bytes[i] = i % 7 === 0 ? 0 : 65;
    const result = decodeBytes(bytes);
    assert.ok(!result.ok && result.reason === 'binary');
  });
});
