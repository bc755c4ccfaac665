import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { FieldPath } from '../../packages/core/src/model/path.js';
import { decodeBytes } from '../../packages/core/src/load/decode.js';
import type { LoadedFile, LoadProblem } from '../../packages/core/src/load/document.js';
import { NESTING_LIMIT } from '../../packages/core/src/load/limits.js';
import { YamlManifestLoader } from '../../packages/core/src/load/yaml-loader.js';

const loader = new YamlManifestLoader();
const CONFIG_MAP = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\n';

function where(problem: LoadProblem | undefined): string {
  return problem ? `${problem.ruleId}@${problem.range.start.line}:${problem.range.start.column}` : 'none';
}

function only(file: LoadedFile): LoadProblem {
  assert.equal(file.problems.length, 1, JSON.stringify(file.problems.map((p) => `${where(p)} ${p.message}`)));
  return file.problems[0] as LoadProblem;
}

/** `levels` nested block mappings, each one space deeper than its parent. */
function deepBlockMapping(levels: number): string {
  let text = `${CONFIG_MAP}data:\n x:\n`;
  for (let i = 0; i < levels - 1; i++) text += `${' '.repeat(i + 2)}a:\n`;
  return `${text}${' '.repeat(levels + 1)}leaf: 1\n`;
}

describe('nesting', () => {
  it('refuses 10,000 levels of every collection style with one finding on the right line', () => {
    const cases: Array<[string, string, number]> = [
      ['flow sequences', `${CONFIG_MAP}data:\n  x: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`, 6],
      ['flow mappings', `${CONFIG_MAP}data:\n  x: ${'{a: '.repeat(10_000)}1${'}'.repeat(10_000)}\n`, 6],
      ['compact block sequences', `${CONFIG_MAP}data:\n  x:\n    ${'- '.repeat(10_000)}leaf\n`, 7],
    ];
    for (const [name, text, line] of cases) {
      const problem = only(loader.load(`${name}.yaml`, text));
      assert.equal(problem.ruleId, 'yaml/nesting-limit', name);
      assert.equal(problem.range.start.line, line, name);
      assert.match(problem.message, new RegExp(`nested too deeply \\(limit ${NESTING_LIMIT} levels`), name);
    }
  });

  it('points at the level that passes the limit in deep block mappings', () => {
    const problem = only(loader.load('deep.yaml', deepBlockMapping(1_450)));
    assert.equal(problem.ruleId, 'yaml/nesting-limit');
    // data is level 1, x level 2: the mapping under the (limit - 1)th `a:` is one too many.
    assert.equal(problem.range.start.line, 5 + NESTING_LIMIT);
  });

  // The document's mapping is level 1 and `data` level 2, so the value of `x` may nest limit - 2 levels.
  const AT_LIMIT = NESTING_LIMIT - 2;

  it('reads a document exactly at the limit', () => {
    const text = `${CONFIG_MAP}data:\n  x: ${'['.repeat(AT_LIMIT)}${']'.repeat(AT_LIMIT)}\n`;
    const file = loader.load('edge.yaml', text);
    assert.deepEqual(file.problems, []);
    assert.equal(file.documents[0]?.broken, false);
    assert.equal(
      loader.load('over.yaml', text.replace('[', '[[').replace(']', ']]')).problems[0]?.ruleId,
      'yaml/nesting-limit',
    );
  });

  it('reads a document at the limit even from deep in the call stack', () => {
    const text = `${CONFIG_MAP}data:\n  x: ${'['.repeat(AT_LIMIT)}${']'.repeat(AT_LIMIT)}\n  y: ${'{a: '.repeat(AT_LIMIT)}1${'}'.repeat(AT_LIMIT)}\n`;
    const descend = (depth: number): LoadedFile => (depth === 0 ? loader.load('edge.yaml', text) : descend(depth - 1));
    const file = descend(2_000);
    assert.deepEqual(file.problems.map(where), []);
  });

  it('counts levels that aliases add', () => {
    const half = Math.ceil(NESTING_LIMIT / 2) + 2;
    const text = `${CONFIG_MAP}data:\n  a: &a ${'['.repeat(half)}${']'.repeat(half)}\n  b: ${'['.repeat(half)}*a${']'.repeat(half)}\n`;
    const problem = only(loader.load('aliases.yaml', text));
    assert.equal(problem.ruleId, 'yaml/nesting-limit');
    assert.match(problem.message, /once its aliases are expanded/);
  });

  it('keeps the other documents of the file', () => {
    const text = `${CONFIG_MAP}---\n${CONFIG_MAP}data:\n  x: ${'['.repeat(5_000)}${']'.repeat(5_000)}\n---\n${CONFIG_MAP}`;
    const file = loader.load('mixed.yaml', text);
    assert.deepEqual(
      file.documents.map((d) => d.broken),
      [false, true, false],
    );
    assert.equal(file.documents[2]?.locate(['metadata', 'name']).start.line, 16);
  });
});

describe('aliases', () => {
  it('names an undefined alias at its position', () => {
    const problem = only(loader.load('a.yaml', `${CONFIG_MAP}  labels: *labels\ndata:\n  k: v\n`));
    assert.equal(where(problem), 'yaml/syntax@5:11');
    assert.match(problem.message, /unknown alias `\*labels`/);
  });

  it('refuses an alias inside the node its anchor names, without building a cycle', () => {
    const file = loader.load('a.yaml', `${CONFIG_MAP}data: &d\n  self: *d\n`);
    const problem = only(file);
    assert.equal(where(problem), 'yaml/alias-limit@6:9');
    assert.match(problem.message, /anchor `&d` \(line 5\)/);
    assert.equal(file.documents[0]?.value, null);
  });

  it('refuses a billion laughs quickly, pointing at the first alias', () => {
    const levels = ['  a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 9; i++) {
      const name = String.fromCharCode(97 + i);
      levels.push(
        `  ${name}: &${name} [${Array(9)
          .fill(`*${String.fromCharCode(96 + i)}`)
          .join(',')}]`,
      );
    }
    const started = Date.now();
    const problem = only(loader.load('lol.yaml', `${CONFIG_MAP}data:\n${levels.join('\n')}\n`));
    assert.equal(where(problem), 'yaml/alias-limit@7:10');
    assert.ok(Date.now() - started < 5_000);
  });

  it('applies merge keys as kubectl does', () => {
    const file = loader.load(
      'm.yaml',
      `${CONFIG_MAP}  annotations:\n    <<: &base {app: web, tier: front}\n    owner: me\n`,
    );
    assert.deepEqual(file.problems, []);
    assert.deepEqual((file.documents[0]?.value as { metadata: { annotations: unknown } }).metadata.annotations, {
      app: 'web',
      tier: 'front',
      owner: 'me',
    });
  });
});

describe('characters and encodings', () => {
  it('reports a NUL inside a scalar as an invalid character at its column, and only its document', () => {
    const file = loader.load('nul.yaml', `${CONFIG_MAP}data:\n  k: before\u0000after\n---\n${CONFIG_MAP}`);
    const problem = only(file);
    assert.equal(where(problem), 'yaml/syntax@6:12');
    assert.match(problem.message, /invalid character U\+0000 \(NUL\)/);
    assert.deepEqual(
      file.documents.map((d) => d.broken),
      [true, false],
    );
  });

  it('reports DEL and C1 controls, and accepts tabs in scalars, NEL and a BOM', () => {
    assert.match(only(loader.load('a.yaml', `${CONFIG_MAP}data:\n  k: a\u007fb\n`)).message, /U\+007F \(DEL\)/);
    assert.match(only(loader.load('a.yaml', `${CONFIG_MAP}data:\n  k: a\u0090b\n`)).message, /U\+0090/);
    assert.deepEqual(loader.load('a.yaml', `\uFEFF${CONFIG_MAP}data:\n  k: "a\tb"\n  l: a\u0085b\n`).problems, []);
  });

  it('does not call a text file with one NUL binary, but does random bytes', () => {
    const nul = decodeBytes(Buffer.from(`${CONFIG_MAP}data:\n  k: a\u0000b\n`));
    assert.ok(nul.ok);
    const random = Buffer.alloc(4096);
    let seed = 7;
    for (let i = 0; i < random.length; i++) random[i] = (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24;
    const result = decodeBytes(random);
    assert.ok(!result.ok && result.reason === 'binary');
  });

  it('recognises UTF-16 without a byte-order mark and broken UTF-16 with one', () => {
    const withoutBom = decodeBytes(Buffer.from(CONFIG_MAP, 'utf16le'));
    assert.ok(!withoutBom.ok && /UTF-16LE without a byte-order mark/.test(withoutBom.message));
    const broken = decodeBytes(
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from([0x61, 0x00, 0x00, 0xd8, 0x62, 0x00])]),
    );
    assert.ok(!broken.ok && /not valid UTF-16LE/.test(broken.message));
    const be = decodeBytes(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(CONFIG_MAP, 'utf16le').swap16()]));
    assert.ok(be.ok && be.text === CONFIG_MAP && be.encoding === 'utf-16be');
  });
});

describe('templates', () => {
  const HELM =
    'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ .Release.Name }}-web\n  labels:\n    {{- include "chart.labels" . | nindent 4 }}\nspec:\n  replicas: {{ .Values.replicaCount }}\n';

  it('reports an unrendered Helm template once, at its first action, instead of a cascade', () => {
    const file = loader.load('t.yaml', HELM);
    const problem = only(file);
    assert.equal(where(problem), 'yaml/template@4:9');
    assert.match(problem.message, /unrendered Helm\/Go template.*helm template/);
    assert.equal(file.documents[0]?.broken, true);
  });

  it('finds templates that start a line, and Jinja', () => {
    assert.equal(
      where(only(loader.load('t.yaml', `{{- if .Values.enabled }}\n${CONFIG_MAP}{{- end }}\n`))),
      'yaml/template@1:1',
    );
    assert.equal(
      where(only(loader.load('t.yaml', `${CONFIG_MAP}data:\n  {% for k in keys %}\n  k: v\n`))),
      'yaml/template@6:3',
    );
  });

  it('leaves braces in quoted strings, block scalars, plain scalars and comments alone', () => {
    const rule = `apiVersion: monitoring.coreos.com/v1
kind: PrometheusRule
metadata:
  name: alerts # {{ not a template }}
spec:
  groups:
    - name: node
      rules:
        - alert: InstanceDown
          annotations:
            summary: Instance {{ $labels.instance }} down
            description: "{{ $labels.instance }} of {{ $labels.job }} has been down for {{ $value }}"
            runbook: '{{ template "runbook" . }}'
            body: |
              {{ range .Alerts }}{{ .Labels.alertname }}{{ end }}
`;
    const file = loader.load('rule.yaml', rule);
    assert.deepEqual(file.problems, []);
    const annotations = (
      file.documents[0]?.value as { spec: { groups: Array<{ rules: Array<{ annotations: Record<string, string> }> }> } }
    ).spec.groups[0]?.rules[0]?.annotations;
    assert.equal(annotations?.summary, 'Instance {{ $labels.instance }} down');
  });

  it('keeps documents without template syntax readable', () => {
    const file = loader.load('t.yaml', `${CONFIG_MAP}---\n${HELM}`);
    assert.deepEqual(
      file.documents.map((d) => d.broken),
      [false, true],
    );
    assert.deepEqual(file.problems.map(where), ['yaml/template@9:9']);
  });
});

describe('what kubectl reads', () => {
  it('explains keys that YAML 1.1 reads as the same boolean', () => {
    const problem = only(
      loader.load('b.yaml', `${CONFIG_MAP}  labels:\n    on: "true"\ndata:\n  y: "1"\n  n: "0"\n  off: "x"\n`),
    );
    assert.equal(where(problem), 'yaml/duplicate-key@10:3');
    assert.match(
      problem.message,
      /`off` and `n` \(line 9\) are both the key "false".*quote the keys \("off": and "n":\)/,
    );
  });

  it('finds duplicate keys in a mapping of 30,000 keys in linear time', () => {
    const keys = Array.from({ length: 30_000 }, (_, i) => `  key-${i}: v`);
    keys.push('  key-17: again');
    const started = Date.now();
    const problem = only(loader.load('big.yaml', `${CONFIG_MAP}data:\n${keys.join('\n')}\n`));
    assert.equal(where(problem), 'yaml/duplicate-key@30006:3');
    assert.match(problem.message, /first defined at line 23/);
    assert.ok(Date.now() - started < 20_000, `took ${Date.now() - started} ms`);
  });

  it('reports only the first syntax error of a document, not its echoes', () => {
    const file = loader.load('tab.yaml', `${CONFIG_MAP}spec:\n  containers:\n\t- name: a\n\t  image: b\n`);
    assert.deepEqual(file.problems.map(where), ['yaml/syntax@7:1']);
  });

  it('warns that kubectl skips a document after `...` that has no `---`, and does not lint it', () => {
    const file = loader.load('end.yaml', `${CONFIG_MAP}...\n${CONFIG_MAP}data: [unclosed\n---\n${CONFIG_MAP}`);
    assert.deepEqual(file.problems.map(where), ['yaml/ignored-document@6:1']);
    assert.deepEqual(
      file.documents.map((d) => d.broken),
      [false, true, false],
    );
    assert.match(file.problems[0]?.message ?? '', /document end marker `\.\.\.` \(line 5\)/);
  });

  it('reads quoted scalars whose continuation lines are not indented, as go-yaml does', () => {
    const file = loader.load(
      'q.yaml',
      `${CONFIG_MAP}data:\n  a: 'first\nsecond'\n  b: "one\n  two \\"q\\"\n\n three"\n  c: after\n`,
    );
    assert.deepEqual(file.problems, []);
    assert.deepEqual((file.documents[0]?.value as { data: unknown }).data, {
      a: 'first second',
      b: 'one two "q"\nthree',
      c: 'after',
    });
    assert.equal(file.documents[0]?.locate(['data', 'c']).start.line, 12);
  });

  it('still reports a quote that is never closed', () => {
    const problem = only(loader.load('q.yaml', `${CONFIG_MAP}data:\n  a: "open\n  b: 1\n`));
    assert.match(problem.message, /Missing closing "quote/);
  });

  it('reads a stream that starts with `{` as JSON values, as kubectl does', () => {
    const two = loader.load(
      'two.json',
      '{"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "a"}}\n{"apiVersion": "v1", "kind": "ConfigMap",\n "metadata": {"name": "b"}}\n',
    );
    assert.deepEqual(two.problems, []);
    assert.deepEqual(
      two.documents.map((d) => (d.value as { metadata: { name: string } }).metadata.name),
      ['a', 'b'],
    );
    assert.equal(two.documents[1]?.locate(['metadata', 'name']).start.line, 3);

    const flow = only(loader.load('flow.yaml', '{apiVersion: v1, kind: ConfigMap}\n'));
    assert.match(flow.message, /JSON syntax error.*kubectl reads a file that starts with `\{` as JSON/);

    const secondBroken = loader.load(
      'b.yaml',
      '{"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "a"}}\n---\n{}\n',
    );
    assert.equal(secondBroken.documents.length, 1);
    assert.deepEqual(secondBroken.problems.map(where), ['yaml/syntax@2:2']);
  });

  it('reads a .json file that does not start with `{` as YAML, as kubectl does', () => {
    const file = loader.load('list.json', '[{"apiVersion": "v1", "kind": "ConfigMap",}]\n');
    assert.deepEqual(file.problems, []);
    assert.ok(Array.isArray(file.documents[0]?.value));
  });

  it('skips a storm of empty documents and finds the one object at its line', () => {
    const text = `${'---\n'.repeat(500)}${CONFIG_MAP}${'---\n'.repeat(499)}`;
    const file = loader.load('storm.yaml', text);
    assert.deepEqual(file.problems, []);
    const objects = file.documents.filter((d) => d.value !== null);
    assert.equal(objects.length, 1);
    assert.equal(objects[0]?.locate(['metadata', 'name']).start.line, 504);
  });
});

describe('large files', () => {
  it('re-parses documents for positions when syntax trees are not kept, with the same results', () => {
    const docs = Array.from(
      { length: 40 },
      (_, i) =>
        `# object ${i}\n${CONFIG_MAP.replace('settings', `s-${i}`)}data:\n  'quoted': "x"\n  list: [a, {b: c}]\n  anchor: &a {k: v}\n  alias: *a\n  text: 'long\nline'\n`,
    ).join('---\n');
    const eager = new YamlManifestLoader('1.1').load('many.yaml', docs);
    const lazy = new YamlManifestLoader('1.1', 0).load('many.yaml', docs);
    const paths: FieldPath[] = [
      [],
      ['metadata', 'name'],
      ['data', 'quoted'],
      ['data', 'list', 1, 'b'],
      ['data', 'alias', 'k'],
      ['data', 'text'],
      ['data', 'missing', 3],
    ];
    assert.equal(lazy.documents.length, 40);
    lazy.documents.forEach((document, i) => {
      const reference = eager.documents[i];
      assert.deepEqual(document.value, reference?.value);
      for (const path of paths) {
        assert.deepEqual(document.locate(path), reference?.locate(path), `document ${i} ${path.join('.')}`);
        assert.deepEqual(document.locateValue(path), reference?.locateValue(path), `document ${i} ${path.join('.')}`);
      }
    });
  });
});

describe('the loader never throws', () => {
  it('returns problems for inputs that break parsers', () => {
    const inputs = [
      '',
      '\n',
      '---',
      '...',
      '%YAML 1.1\n',
      '%FOO\n---\n',
      '? [a]\n: b\n',
      '&a',
      '*a',
      '!!binary x',
      '!foo {}',
      ': :',
      '- - -',
      '{',
      '[',
      '"',
      "'",
      '\t',
      '\r\r\r',
      '\uFFFF',
      '\uD800',
      '{{',
      '- {{',
      '? {{ }}',
      'a: !!str\n  - x',
      `a: ${'*x '.repeat(100)}`,
    ];
    for (const text of inputs) {
      for (const file of ['x.yaml', 'x.json']) {
        const loaded = loader.load(file, text);
        for (const document of loaded.documents) {
          document.locate(['a', 0, 'b']);
          document.locateValue(['metadata']);
        }
        assert.ok(Array.isArray(loaded.problems), JSON.stringify(text));
      }
    }
  });
});
