import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { run, type CliIo } from '../../packages/cli/src/main.js';
import { MAX_INPUT_BYTES, readManifest } from '../../packages/cli/src/read-input.js';
import { PODLINT, podlint, temporaryDirectory } from '../support/cli.js';

interface JsonReport {
  results: Array<{ file: string; line: number; column: number; ruleId: string; severity: string; message: string }>;
  summary: { files: number; resources: number; errors: number; warnings: number };
}

const CONFIG_MAP = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\n';
const STACK_FRAME = /^\s+at .+:\d+:\d+\)?$/m;

function workspace(files: Record<string, string | Buffer>): string {
  const dir = temporaryDirectory('podlint-robust-');
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

function randomBytes(length: number, seed: number): Buffer {
  const bytes = Buffer.alloc(length);
  let state = seed;
  for (let i = 0; i < length; i++) bytes[i] = (state = (state * 1103515245 + 12345) >>> 0) >>> 24;
  return bytes;
}

function billionLaughs(): string {
  const levels = ['  a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < 9; i++) {
    const name = String.fromCharCode(97 + i);
    levels.push(
      `  ${name}: &${name} [${Array(9)
        .fill(`*${String.fromCharCode(96 + i)}`)
        .join(',')}]`,
    );
  }
  return `${CONFIG_MAP}data:\n${levels.join('\n')}\n`;
}

/** Bad inputs of every sort, each with where podlint must report it. */
const BAD_INPUTS: Record<string, { content: string | Buffer; ruleId: string; line: number; message?: RegExp }> = {
  'alias-undefined.yaml': {
    content: `${CONFIG_MAP}  labels: *labels\ndata:\n  k: v\n`,
    ruleId: 'yaml/syntax',
    line: 5,
    message: /unknown alias `\*labels`/,
  },
  'alias-recursive.yaml': {
    content: `${CONFIG_MAP}data: &d\n  self: *d\n`,
    ruleId: 'yaml/alias-limit',
    line: 6,
    message: /contain itself/,
  },
  'alias-bomb.yaml': { content: billionLaughs(), ruleId: 'yaml/alias-limit', line: 7, message: /billion laughs/ },
  'deep-flow-sequence.yaml': {
    content: `${CONFIG_MAP}data:\n  x: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`,
    ruleId: 'yaml/nesting-limit',
    line: 6,
    message: /nested too deeply \(limit \d+ levels/,
  },
  'deep-flow-mapping.yaml': {
    content: `${CONFIG_MAP}data:\n  x: ${'{a: '.repeat(10_000)}1${'}'.repeat(10_000)}\n`,
    ruleId: 'yaml/nesting-limit',
    line: 6,
  },
  'deep-block-sequence.yaml': {
    content: `${CONFIG_MAP}data:\n  x:\n    ${'- '.repeat(10_000)}leaf\n`,
    ruleId: 'yaml/nesting-limit',
    line: 7,
  },
  'nul-byte.yaml': {
    content: `${CONFIG_MAP}data:\n  k: before\u0000after\n`,
    ruleId: 'yaml/syntax',
    line: 6,
    message: /invalid character U\+0000/,
  },
  'helm-template.yaml': {
    content:
      'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ .Release.Name }}-web\n  labels:\n    {{- include "chart.labels" . | nindent 4 }}\n',
    ruleId: 'yaml/template',
    line: 4,
    message: /render it first/,
  },
  'binary.yaml': { content: randomBytes(4096, 42), ruleId: 'yaml/encoding', line: 1, message: /binary file/ },
  'invalid-utf8.yaml': {
    content: Buffer.concat([Buffer.from(`${CONFIG_MAP}data:\n  k: caf`), Buffer.from([0xe9]), Buffer.from('\n')]),
    ruleId: 'yaml/encoding',
    line: 6,
    message: /not valid UTF-8/,
  },
  'unclosed-flow.yaml': { content: `${CONFIG_MAP}data:\n  k: [a, b\n  l: c\n`, ruleId: 'yaml/syntax', line: 7 },
  'tab-indentation.yaml': { content: `${CONFIG_MAP}data:\n\tk: v\n`, ruleId: 'yaml/syntax', line: 6, message: /Tabs/ },
  // A trailing comma in the first or second JSON value is read through kubectl's YAML fallback (lower-items.test.ts);
  // after two values kubectl's decoder no longer falls back.
  'json-trailing-comma.json': {
    content:
      '{"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "a"}}\n{"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "b"}}\n{\n  "apiVersion": "v1",\n  "kind": "ConfigMap",\n}\n',
    ruleId: 'yaml/syntax',
    line: 6,
    message: /JSON syntax error/,
  },
  'boolean-keys.yaml': {
    content: `${CONFIG_MAP}data:\n  n: "0"\n  off: "x"\n`,
    ruleId: 'yaml/duplicate-key',
    line: 7,
    message: /YAML 1\.1/,
  },
  'scalar.yaml': { content: 'just a string\n', ruleId: 'manifest/not-an-object', line: 1 },
};

/** Wrong shapes the rules must survive: the API server refuses most of them, podlint must not crash. */
const WRONG_SHAPES: Record<string, string> = {
  'containers-as-map.yaml':
    'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    web:\n      image: nginx\n',
  'spec-is-scalar.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: d\nspec: 7\n',
  'null-list-entries.yaml':
    'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    -\n    - name: a\n      image: nginx\n      ports:\n        -\n        - null\n      env:\n        - ~\n',
  'metadata-null.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\nspec:\n  ports: {a: 1}\n  selector: [x]\n',
};

describe('bad input', () => {
  it('reports every bad file at its line, exits 1 without a stack trace, and still lints the good files', () => {
    const files: Record<string, string | Buffer> = {
      'good.yaml': CONFIG_MAP,
      'utf16le-bom.yaml': Buffer.concat([
        Buffer.from([0xff, 0xfe]),
        Buffer.from(CONFIG_MAP.replace('settings', 'wide'), 'utf16le'),
      ]),
      ...WRONG_SHAPES,
    };
    for (const [name, input] of Object.entries(BAD_INPUTS)) files[name] = input.content;
    const dir = workspace(files);
    const started = Date.now();
    const result = podlint(['--format', 'json', '.'], { cwd: dir });
    assert.equal(result.status, 1, result.stderr);
    assert.doesNotMatch(result.stderr, STACK_FRAME);
    assert.doesNotMatch(result.stdout + result.stderr, /internal error|podlint\/internal-error|Maximum call stack/);
    const report = JSON.parse(result.stdout) as JsonReport;
    for (const [name, expected] of Object.entries(BAD_INPUTS)) {
      const findings = report.results.filter((finding) => finding.file === name);
      assert.deepEqual(
        findings.map((finding) => `${finding.ruleId}@${finding.line}`),
        [`${expected.ruleId}@${expected.line}`],
        name,
      );
      if (expected.message) assert.match(findings[0]?.message ?? '', expected.message, name);
    }
    assert.deepEqual(
      report.results.filter((finding) => finding.file === 'good.yaml' || finding.file === 'utf16le-bom.yaml'),
      [],
    );
    assert.equal(report.summary.files, Object.keys(files).length);
    assert.ok(Date.now() - started < 60_000);
  });

  it('walks past broken links, link loops, pipes and directories named like manifests, reporting the links (exit 2)', () => {
    const dir = workspace({ 'ok.yaml': CONFIG_MAP, 'pod.yaml': WRONG_SHAPES['null-list-entries.yaml'] ?? '' });
    symlinkSync(join(dir, 'nowhere.yaml'), join(dir, 'broken.yaml'));
    symlinkSync(join(dir, 'self.yaml'), join(dir, 'self.yaml'));
    symlinkSync(dir, join(dir, 'loop'));
    symlinkSync(join(dir, 'ok.yaml'), join(dir, 'alias.yaml'));
    mkdirSync(join(dir, 'folder.yaml'));
    spawnSync('mkfifo', [join(dir, 'pipe.yaml')]);
    const result = podlint(['--format', 'json', '.'], { cwd: dir });
    assert.equal(result.status, 2);
    assert.match(result.stderr, /broken\.yaml: broken symbolic link/);
    assert.match(result.stderr, /self\.yaml: symbolic link loop/);
    assert.doesNotMatch(result.stderr, STACK_FRAME);
    const report = JSON.parse(result.stdout) as JsonReport;
    // ok.yaml and its alias are one file; the pod is linted despite its empty list entries.
    assert.deepEqual([report.summary.files, report.summary.resources], [2, 2]);
    assert.ok(report.results.some((finding) => finding.file === 'pod.yaml'));
  });

  it('reports an unreadable file (exit 2) and lints the others', async () => {
    const dir = workspace({ 'secret.yaml': CONFIG_MAP, 'pod.yaml': WRONG_SHAPES['containers-as-map.yaml'] ?? '' });
    const out: string[] = [];
    const err: string[] = [];
    const io: CliIo = {
      cwd: dir,
      stdout: (text) => out.push(text),
      stderr: (text) => err.push(text),
      readStdin: () => Buffer.alloc(0),
      readFile: (path) => {
        if (path.endsWith('secret.yaml'))
          throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
        return Buffer.from(WRONG_SHAPES['containers-as-map.yaml'] ?? '');
      },
      isTTY: false,
      env: { NO_COLOR: '1' },
    };
    const status = await run(['--format', 'json', 'secret.yaml', 'pod.yaml'], io);
    assert.equal(status, 2);
    assert.match(err.join(''), /podlint: secret\.yaml: permission denied/);
    const report = JSON.parse(out.join('')) as JsonReport;
    assert.ok(report.results.some((finding) => finding.file === 'pod.yaml'));
    assert.ok(!report.results.some((finding) => finding.ruleId === 'podlint/internal-error'));
  });

  it('refuses inputs larger than it reads, before decoding them', () => {
    const huge = new Uint8Array(1);
    Object.defineProperty(huge, 'length', { value: MAX_INPUT_BYTES + 1 });
    const read = readManifest(
      'huge.yaml',
      '/',
      () => Buffer.alloc(0),
      () => huge,
    );
    assert.ok(!read.ok && read.error.fatal && /larger than 16 MiB/.test(read.error.message));
  });

  it('exits quietly when the reader of its output goes away', () => {
    const many = Array.from(
      { length: 400 },
      (_, i) => `${CONFIG_MAP.replace('settings', `s-${i}`)}data:\n  k: [unclosed\n`,
    ).join('---\n');
    const dir = workspace({ 'many.yaml': many });
    const result = spawnSync('sh', ['-c', `"${PODLINT}" --format json many.yaml | head -c 100 > /dev/null`], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    assert.equal(result.status, 0);
    assert.doesNotMatch(result.stderr, /EPIPE|Unhandled|STACK/);
    assert.doesNotMatch(result.stderr, STACK_FRAME);
  });
});

describe('configuration mistakes', () => {
  const cases: Array<[string, string | Buffer, RegExp]> = [
    ['bad YAML', 'rules:\n  ports/protocol-unsupported: [off\n', /\.podlint\.yaml:3:\d+: YAML syntax error/],
    [
      'an unknown key',
      'rule:\n  ports/protocol-unsupported: off\n',
      /\.podlint\.yaml:1:1: unknown config key "rule"; did you mean "rules"\?/,
    ],
    [
      'a bad severity',
      'rules:\n  ports/protocol-unsupported: fatal\n',
      /\.podlint\.yaml:2:\d+: .*must be one of "off", "info", "warning", "error"/,
    ],
    [
      'an unknown rule id',
      'rules:\n  port/protocol-unsupported: off\n',
      /\.podlint\.yaml:2:3: unknown rule id "port\/protocol-unsupported"; did you mean "ports\/protocol-unsupported"\?/,
    ],
    ['a duplicate key', 'rules: {}\nrules: {}\n', /\.podlint\.yaml:2:1: duplicate key `rules`/],
    ['a list instead of a mapping', '- rules\n', /\.podlint\.yaml:1:1: the config must be a mapping/],
    [
      'invalid UTF-8',
      Buffer.from([0x72, 0x75, 0x6c, 0x65, 0x73, 0x3a, 0x20, 0xff, 0x0a]),
      /\.podlint\.yaml:1:8: the file is not valid UTF-8/,
    ],
  ];
  for (const [name, content, expected] of cases) {
    it(`exits 2 on ${name}, with file, line and a suggestion`, () => {
      const dir = workspace({ 'a.yaml': CONFIG_MAP, '.podlint.yaml': content });
      const result = podlint(['a.yaml'], { cwd: dir });
      assert.equal(result.status, 2, result.stdout);
      assert.match(result.stderr, expected);
      assert.doesNotMatch(result.stderr, STACK_FRAME);
    });
  }

  it('exits 2 when --config names a file that does not exist', () => {
    const dir = workspace({ 'a.yaml': CONFIG_MAP });
    const result = podlint(['--config', 'missing.yaml', 'a.yaml'], { cwd: dir });
    assert.equal(result.status, 2);
    assert.match(result.stderr, /missing\.yaml:1:1: cannot read the config file \(ENOENT\)/);
  });
});
