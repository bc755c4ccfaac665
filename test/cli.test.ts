import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { podlint, temporaryDirectory } from './support/cli.js';

const CLEAN = `apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
data:
  level: debug
`;

const BAD_PROTOCOL = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: web
      image: nginx:1.27
      ports:
        - containerPort: 80
          protocol: tcp # keep this comment
`;

interface JsonReport {
  version: number;
  results: Array<{
    file: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    ruleId: string;
    severity: string;
    message: string;
    path: string;
    resource: { apiVersion: string; kind: string; namespace: string | null; name: string | null } | null;
    fix?: unknown;
  }>;
  summary: { files: number; resources: number; errors: number; warnings: number; infos: number };
}

function workspace(files: Record<string, string>): string {
  const dir = temporaryDirectory();
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('podlint CLI', () => {
  it('exits 0 on clean input and prints a one-line summary', () => {
    const dir = workspace({ 'a.yaml': CLEAN });
    const run = podlint(['a.yaml'], { cwd: dir });
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /1 resource in 1 file: no problems/);
  });

  it('exits 1 with findings at the right line in stylish output, paths as given', () => {
    const dir = workspace({ 'pod.yaml': BAD_PROTOCOL, 'ok.yaml': CLEAN });
    const run = podlint(['.'], { cwd: dir });
    assert.equal(run.status, 1);
    assert.match(run.stdout, /^pod\.yaml$/m);
    assert.match(
      run.stdout,
      /^ {2}11:11 {2}error {4}protocol "tcp" is not supported.* {2}ports\/protocol-unsupported$/m,
    );
    assert.match(run.stdout, /1 problem \(1 error, 0 warnings, 0 infos\) in 2 resources, 2 files/);
  });

  it('emits the documented JSON contract', () => {
    const dir = workspace({ 'pod.yaml': BAD_PROTOCOL });
    const run = podlint(['--format', 'json', 'pod.yaml'], { cwd: dir });
    assert.equal(run.status, 1);
    const report = JSON.parse(run.stdout) as JsonReport;
    assert.equal(report.version, 1);
    assert.deepEqual(report.summary, { files: 1, resources: 1, errors: 1, warnings: 0, infos: 0 });
    const [result] = report.results;
    assert.deepEqual(
      {
        file: result?.file,
        line: result?.line,
        column: result?.column,
        endLine: result?.endLine,
        endColumn: result?.endColumn,
        ruleId: result?.ruleId,
        severity: result?.severity,
        path: result?.path,
        resource: result?.resource,
      },
      {
        file: 'pod.yaml',
        line: 11,
        column: 11,
        endLine: 11,
        endColumn: 19,
        ruleId: 'ports/protocol-unsupported',
        severity: 'error',
        path: 'spec.containers[0].ports[0].protocol',
        resource: { apiVersion: 'v1', kind: 'Pod', namespace: null, name: 'web' },
      },
    );
    assert.ok(result?.fix, 'the finding carries its fix');
  });

  it('reads standard input with --stdin-filename', () => {
    const run = podlint(['--format', 'json', '--stdin-filename', 'from-helm.yaml', '-'], { input: BAD_PROTOCOL });
    const report = JSON.parse(run.stdout) as JsonReport;
    assert.equal(run.status, 1);
    assert.equal(report.results[0]?.file, 'from-helm.yaml');
  });

  it('fixes in place, keeping comments, and a second run changes nothing', () => {
    const dir = workspace({ 'pod.yaml': BAD_PROTOCOL });
    chmodSync(join(dir, 'pod.yaml'), 0o640);
    const first = podlint(['--fix', 'pod.yaml'], { cwd: dir });
    assert.equal(first.status, 0, first.stdout);
    const fixed = readFileSync(join(dir, 'pod.yaml'), 'utf8');
    assert.equal(fixed, BAD_PROTOCOL.replace('protocol: tcp', 'protocol: TCP'));
    const second = podlint(['--fix', 'pod.yaml'], { cwd: dir });
    assert.equal(second.status, 0);
    assert.equal(readFileSync(join(dir, 'pod.yaml'), 'utf8'), fixed);
  });

  it('exits 2 for a missing file but still lints the others', () => {
    const dir = workspace({ 'pod.yaml': BAD_PROTOCOL });
    const run = podlint(['missing.yaml', 'pod.yaml'], { cwd: dir });
    assert.equal(run.status, 2);
    assert.match(run.stderr, /missing\.yaml: no such file or directory/);
    assert.match(run.stdout, /ports\/protocol-unsupported/);
  });

  it('reports broken symlinks and does not hang on symlink loops', () => {
    const dir = workspace({ 'ok.yaml': CLEAN });
    symlinkSync(join(dir, 'nowhere.yaml'), join(dir, 'broken.yaml'));
    symlinkSync(dir, join(dir, 'loop'));
    const run = podlint(['.', 'broken.yaml'], { cwd: dir });
    assert.equal(run.status, 2);
    assert.match(run.stderr, /broken\.yaml: broken symbolic link/);
  });

  it('exits 2 on a config mistake, with file, line and the closest rule id', () => {
    const dir = workspace({ 'a.yaml': CLEAN, '.podlint.yaml': 'rules:\n  ports/protocol-unsuported: off\n' });
    const run = podlint(['a.yaml'], { cwd: dir });
    assert.equal(run.status, 2);
    assert.match(
      run.stderr,
      /\.podlint\.yaml:2:3: unknown rule id "ports\/protocol-unsuported"; did you mean "ports\/protocol-unsupported"\?/,
    );
  });

  it('applies the nearest config: severities and ignore globs', () => {
    const dir = workspace({
      'pod.yaml': BAD_PROTOCOL,
      'skip.yaml': BAD_PROTOCOL,
      '.podlint.yaml': 'rules:\n  ports/protocol-unsupported: warning\nignore: ["skip.yaml"]\n',
    });
    const run = podlint(['--format', 'json', '.'], { cwd: dir });
    const report = JSON.parse(run.stdout) as JsonReport;
    assert.equal(run.status, 0);
    assert.deepEqual(
      report.results.map((r) => [r.file, r.severity]),
      [['pod.yaml', 'warning']],
    );
  });

  it("applies to each walked folder its nearest config, up to the repository's top", () => {
    const dir = workspace({ '.podlint.yaml': 'rules:\n  ports/protocol-unsupported: warning\n' });
    const files: Record<string, string> = {
      'inherits/from/root.yaml': BAD_PROTOCOL,
      'own/.podlint.yaml': 'rules:\n  ports/protocol-unsupported: info\n',
      'own/below/pod.yaml': BAD_PROTOCOL,
      // Another repository: the lookup stops at its top, which has no config.
      'nested-repo/.git/HEAD': 'ref: refs/heads/main\n',
      'nested-repo/deeper/pod.yaml': BAD_PROTOCOL,
    };
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), text);
    }
    const report = JSON.parse(podlint(['--format', 'json', '.'], { cwd: dir }).stdout) as JsonReport;
    assert.deepEqual(
      report.results.map((r) => [r.file, r.severity]),
      [
        ['inherits/from/root.yaml', 'warning'],
        ['nested-repo/deeper/pod.yaml', 'error'],
        ['own/below/pod.yaml', 'info'],
      ],
    );
  });

  it('an opt-in apiVersion is an error unless the config lists it under enabledApiVersions', () => {
    const deviceClass =
      'apiVersion: resource.k8s.io/v1beta1\nkind: DeviceClass\nmetadata:\n  name: gpu.example.com\nspec: {}\n';
    const refused = podlint(['dc.yaml'], { cwd: workspace({ 'dc.yaml': deviceClass }) });
    assert.equal(refused.status, 1);
    assert.match(refused.stdout, /schema\/api-version-opt-in/);
    const enabled = workspace({
      'dc.yaml': deviceClass,
      '.podlint.yaml': 'enabledApiVersions: [resource.k8s.io/v1beta1]\n',
    });
    const accepted = podlint(['dc.yaml'], { cwd: enabled });
    assert.equal(accepted.status, 0, accepted.stdout);
    assert.doesNotMatch(accepted.stdout, /api-version-opt-in/);
  });

  it('--max-warnings turns too many warnings into exit 1; --quiet hides them', () => {
    const dir = workspace({
      'pod.yaml': BAD_PROTOCOL,
      '.podlint.yaml': 'rules:\n  ports/protocol-unsupported: warning\n',
    });
    assert.equal(podlint(['--max-warnings', '0', 'pod.yaml'], { cwd: dir }).status, 1);
    assert.equal(podlint(['--max-warnings', '1', 'pod.yaml'], { cwd: dir }).status, 0);
    const quiet = podlint(['--quiet', 'pod.yaml'], { cwd: dir });
    assert.doesNotMatch(quiet.stdout, /protocol-unsupported/);
  });

  it('exits 2 on usage errors', () => {
    assert.equal(podlint(['--format', 'xml']).status, 2);
    assert.equal(podlint(['--kubernetes-version', '1.12', 'examples']).status, 2);
    assert.equal(podlint(['--bogus']).status, 2);
  });

  it('lists rules with metadata, prints version and help', () => {
    const rules = JSON.parse(podlint(['rules', '--format', 'json']).stdout) as {
      rules: Array<{ id: string; severity: string; description: string; help: string; fixable: boolean }>;
    };
    const ids = rules.rules.map((rule) => rule.id);
    assert.ok(ids.includes('ports/protocol-unsupported') && ids.includes('yaml/syntax'));
    assert.ok(rules.rules.every((rule) => rule.description && rule.help && typeof rule.fixable === 'boolean'));
    assert.match(podlint(['--version']).stdout, /^\d+\.\d+\.\d+\n$/);
    assert.match(podlint(['--help']).stdout, /--kubernetes-version/);
  });

  it("podlint rules ID prints that rule's page; an unknown id exits 2 with the closest id", () => {
    const page = podlint(['rules', 'ports/protocol-unsupported']);
    assert.equal(page.status, 0);
    assert.match(page.stdout, /^# ports\/protocol-unsupported\n/);
    assert.match(page.stdout, /### Bad[^]*protocol: udp[^]*### Good/);
    assert.match(page.stdout, /https:\/\/podlint\.dev\/rules\/ports\/protocol-unsupported\n$/);
    const json = JSON.parse(podlint(['rules', 'ports/protocol-unsupported', '--format', 'json']).stdout) as {
      rules: Array<{ id: string; help: string; url: string }>;
    };
    assert.deepEqual(
      json.rules.map((rule) => rule.id),
      ['ports/protocol-unsupported'],
    );
    assert.match(json.rules[0]?.help ?? '', /^# ports\/protocol-unsupported/);
    const unknown = podlint(['rules', 'ports/protocol-unsuported']);
    assert.equal(unknown.status, 2);
    assert.equal(unknown.stdout, '');
    assert.match(
      unknown.stderr,
      /unknown rule id "ports\/protocol-unsuported"; did you mean "ports\/protocol-unsupported"\?/,
    );
  });

  it("a renamed rule's old id still works in podlint rules and .podlint.yaml, with a warning naming the new id", () => {
    const page = podlint(['rules', 'immutable/crd']);
    assert.equal(page.status, 0);
    assert.match(page.stdout, /^# immutable\/crd-identity-changed\n/);
    assert.match(page.stderr, /rule "immutable\/crd" was renamed to "immutable\/crd-identity-changed"/);
    const directory = temporaryDirectory();
    writeFileSync(join(directory, '.podlint.yaml'), 'rules:\n  ports/container-port-range: off\n');
    writeFileSync(join(directory, 'pod.yaml'), BAD_PROTOCOL.replace('containerPort: 80', 'containerPort: 80000'));
    const run = podlint(['--format', 'json', 'pod.yaml'], { cwd: directory });
    const report = JSON.parse(run.stdout) as JsonReport;
    assert.deepEqual(
      report.results.map((r) => r.ruleId),
      ['ports/protocol-unsupported'],
    );
    assert.match(
      run.stderr,
      /\.podlint\.yaml:2:3: rule "ports\/container-port-range" was renamed to "ports\/container-port-out-of-range"/,
    );
  });

  it('lints the bundled examples with findings at the documented lines', () => {
    const run = podlint(['--format', 'json', 'examples']);
    const report = JSON.parse(run.stdout) as JsonReport;
    assert.equal(run.status, 1);
    const where = report.results
      .filter((r) => r.severity === 'error')
      .map((r) => `${r.file}:${r.line}:${r.column} ${r.ruleId}`);
    for (const expected of [
      'examples/batch/nightly-report.yaml:14:11',
      'examples/shop/cart.yaml:14:7 workload/selector-mismatch',
      'examples/shop/frontend.yaml:25:15 ports/protocol-unsupported',
      'examples/shop/frontend.yaml:44:15 ports/host-port-conflict',
    ]) {
      assert.ok(
        where.some((line) => line.startsWith(expected)),
        `${expected} in ${where.join('\n')}`,
      );
    }
  });
});
