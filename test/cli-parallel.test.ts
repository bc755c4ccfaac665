import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { GADGET_CRD, GADGET_WITH_TYPO } from './fixtures/crds.js';
import { podlint, REPO_ROOT, temporaryDirectory } from './support/cli.js';

// `--jobs` and `--cache`: what they change is how long a run takes, never what it reports.

const SERVICE = `apiVersion: v1
kind: Service
metadata: {name: web}
spec:
  selector: {app: web}
  ports: [{port: 80, targetPort: http}]
`;

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers: [{name: web, image: nginx:1.27, ports: [{containerPort: 80}]}]
`;

const BASELINE_NAMESPACE_AND_PRIVILEGED_POD = `apiVersion: v1
kind: Namespace
metadata:
  name: locked
  labels: {pod-security.kubernetes.io/enforce: baseline}
---
apiVersion: v1
kind: Pod
metadata: {name: root, namespace: locked}
spec:
  containers: [{name: c, image: busybox:1.36, securityContext: {privileged: true}}]
`;

const CONFIG_MAP = (name: string): string =>
  `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: ${name}}\ndata: {a: b}\n`;
const CERTIFICATE =
  'apiVersion: cert-manager.io/v1\nkind: Certificate\nmetadata: {name: tls}\nspec: {secretName: tls}\n';

/**
 * Findings that need more than one file: a Service and the Deployment it selects (one folder), a
 * CRD in one folder and its custom resource in another, a namespace's PodSecurity level, the
 * same object twice, an unknown kind in two folders; and enough folders for several batches.
 */
function crossResourceTree(): string {
  const dir = temporaryDirectory('podlint-parallel-');
  const files: Record<string, string> = {
    'app/service.yaml': SERVICE,
    'app/deployment.yaml': DEPLOYMENT,
    'crds/gadget.yaml': GADGET_CRD,
    'custom/gadget.yaml': GADGET_WITH_TYPO,
    'locked/pod.yaml': BASELINE_NAMESPACE_AND_PRIVILEGED_POD,
    'dup/twice.yaml': `${CONFIG_MAP('same')}---\n${CONFIG_MAP('same')}`,
    'certs/a.yaml': CERTIFICATE,
    'certs/b.yaml': CERTIFICATE,
    'other-certs/c.yaml': CERTIFICATE,
  };
  for (let folder = 0; folder < 40; folder++)
    for (let file = 0; file < 3; file++)
      files[`filler/f${folder}/cm${file}.yaml`] = file === 0 ? DEPLOYMENT : CONFIG_MAP(`cm-${folder}-${file}`);
  write(dir, files);
  return dir;
}

function write(dir: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
}

describe('podlint --jobs', () => {
  it('reports byte for byte what one process reports, cross-resource findings included', () => {
    const dir = crossResourceTree();
    for (const format of ['json', 'stylish']) {
      const one = podlint(['--format', format, '--jobs', '1', '.'], { cwd: dir });
      const two = podlint(['--format', format, '--jobs', '2', '.'], { cwd: dir });
      const three = podlint(['--format', format, '--jobs', '3', '.'], { cwd: dir });
      assert.equal(one.status, 1, one.stderr);
      assert.equal(two.stderr, one.stderr);
      assert.equal(two.stdout, one.stdout);
      assert.equal(three.stdout, one.stdout);
      assert.equal(two.status, one.status);
    }
    const rules = new Set(
      (
        JSON.parse(podlint(['--format', 'json', '--jobs', '2', '.'], { cwd: dir }).stdout) as {
          results: Array<{ ruleId: string; file: string }>;
        }
      ).results.map((result) => `${result.file} ${result.ruleId}`),
    );
    // The cross-resource findings are there, each in its folder: the test would pass vacuously otherwise.
    for (const expected of [
      'app/deployment.yaml probes/readiness-missing-service-backed',
      'app/service.yaml ports/service-target-port-missing',
      'custom/gadget.yaml schema/unknown-field',
      'locked/pod.yaml podsecurity/privileged',
      'dup/twice.yaml manifest/duplicate-object',
      'certs/a.yaml schema/unknown-kind',
    ])
      assert.ok(rules.has(expected), `${expected} in ${[...rules].join('\n')}`);
    // Once per kind in the whole run, though the folders are linted apart.
    assert.ok(!rules.has('certs/b.yaml schema/unknown-kind'));
    assert.ok(!rules.has('other-certs/c.yaml schema/unknown-kind'));
  });

  it('gives the same report on the corpus with two workers as in one process', () => {
    const corpus = join(REPO_ROOT, '..', 'shared', 'corpus');
    if (!existsSync(corpus)) return;
    const one = podlint(['--format', 'json', '--jobs', '1', '.'], { cwd: corpus });
    const two = podlint(['--format', 'json', '--jobs', '2', '.'], { cwd: corpus });
    assert.equal(two.status, one.status);
    assert.ok(one.stdout.length > 100_000, 'the corpus has findings');
    assert.equal(two.stdout, one.stdout);
  });

  it('gives the same report when its workers start before the files are read (a walk of 800 files or more)', () => {
    const dir = crossResourceTree();
    const more: Record<string, string> = {};
    for (let folder = 0; folder < 70; folder++)
      for (let file = 0; file < 10; file++) more[`more/m${folder}/cm${file}.yaml`] = CONFIG_MAP(`m-${folder}-${file}`);
    write(dir, more);
    const one = podlint(['--format', 'json', '--jobs', '1', '.'], { cwd: dir });
    const two = podlint(['--format', 'json', '--jobs', '2', '.'], { cwd: dir });
    assert.equal(one.status, 1, one.stderr);
    assert.equal(two.stdout, one.stdout);
    assert.equal(two.stderr, one.stderr);
  });

  it('pairs old versions the same way in workers (--old)', () => {
    const dir = crossResourceTree();
    write(dir, { 'old.yaml': DEPLOYMENT.replace('app: web}}\n  template', 'app: old}}\n  template') });
    const args = ['--format', 'json', '--old', 'old.yaml', 'app', 'filler'];
    const one = podlint([...args, '--jobs', '1'], { cwd: dir });
    const two = podlint([...args, '--jobs', '2'], { cwd: dir });
    assert.match(one.stdout, /immutable/);
    assert.equal(two.stdout, one.stdout);
    assert.equal(two.stderr, one.stderr);
  });

  it('lints in the main thread what does not fit a worker, with the same report', () => {
    const dir = crossResourceTree();
    // 880 KB of tiny values: a worker's bounded heap runs out on it, and the main thread takes over.
    write(dir, {
      'big/numbers.yaml': `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: numbers}\nnumbers: [${Array(440_000).fill('0').join(',')}]\n`,
      // Over 1 MB: sent to the main thread without trying a worker.
      'bigger/settings.yaml': `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: settings}\ndata:\n${Array.from({ length: 30_000 }, (_, i) => `  key${i}: "${'v'.repeat(30)}"`).join('\n')}\n`,
    });
    const one = podlint(['--format', 'json', '--jobs', '1', '.'], { cwd: dir });
    const two = podlint(['--format', 'json', '--jobs', '2', '.'], { cwd: dir });
    assert.match(one.stdout, /big\/numbers\.yaml.*unknown field \\"numbers\\"/);
    assert.equal(two.stdout, one.stdout);
    assert.equal(two.stderr, '');
  });

  it('refuses a --jobs that is not a whole number from 1', () => {
    const run = podlint(['--jobs', '0', '.'], { cwd: crossResourceTree() });
    assert.equal(run.status, 2);
    assert.match(run.stderr, /--jobs takes a whole number/);
  });
});

/** Marks every cached message, so a run that reuses the cache shows it and a run that re-lints does not. */
function markCache(dir: string): void {
  const path = join(dir, '.podlintcache');
  writeFileSync(path, readFileSync(path, 'utf8').replace(/"message":"/g, '"message":"CACHED '));
}

function cachedFiles(dir: string, args: readonly string[] = []): { files: Map<string, boolean>; stdout: string } {
  const run = podlint(['--format', 'json', '--cache', ...args, '.'], { cwd: dir });
  const report = JSON.parse(run.stdout) as { results: Array<{ file: string; message: string }> };
  const files = new Map<string, boolean>();
  for (const result of report.results) files.set(result.file, result.message.startsWith('CACHED '));
  return { files, stdout: run.stdout };
}

describe('podlint --cache', () => {
  it('reuses the results of unchanged folders and re-lints the folder of a changed file', () => {
    const dir = crossResourceTree();
    const first = podlint(['--format', 'json', '--cache', '.'], { cwd: dir });
    const uncached = podlint(['--format', 'json', '.'], { cwd: dir });
    assert.equal(first.stdout, uncached.stdout);
    const again = podlint(['--format', 'json', '--cache', '.'], { cwd: dir });
    assert.equal(again.stdout, uncached.stdout);

    markCache(dir);
    let run = cachedFiles(dir);
    assert.equal(run.files.get('app/deployment.yaml'), true);
    assert.equal(run.files.get('dup/twice.yaml'), true);

    // A Service changes: its folder's cross-resource findings (on the Deployment) are new.
    write(dir, { 'app/service.yaml': SERVICE.replace('targetPort: http', 'targetPort: 80') });
    run = cachedFiles(dir);
    assert.equal(run.files.get('app/deployment.yaml'), false);
    assert.equal(run.files.has('app/service.yaml'), false, 'the fixed port is no longer reported');
    assert.equal(run.files.get('dup/twice.yaml'), true, 'other folders come from the cache');
  });

  it('knows unchanged files by their metadata, and reads a file again once it changes, even to the same size', () => {
    const dir = crossResourceTree();
    // Only files that changed a while before a run are known by their metadata (LintCache.stamp).
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 300);
    const uncached = podlint(['--format', 'json', '.'], { cwd: dir }).stdout;
    assert.equal(podlint(['--format', 'json', '--cache', '.'], { cwd: dir }).stdout, uncached);
    // The cache's second line: the files known by their metadata, by absolute path.
    const known = Object.keys(
      JSON.parse(readFileSync(join(dir, '.podlintcache'), 'utf8').split('\n')[1] ?? '{}') as Record<string, unknown>,
    );
    assert.ok(known.includes(join(dir, 'dup', 'twice.yaml')), known.join(', '));
    assert.equal(podlint(['--format', 'json', '--cache', '.'], { cwd: dir }).stdout, uncached);

    const service = SERVICE.replace('targetPort: http', 'targetPort: 8080');
    assert.equal(service.length, SERVICE.length);
    // The CRD's file is known by its metadata too: its text is read only now that a folder needs it.
    write(dir, { 'app/service.yaml': service, 'custom/gadget.yaml': `${GADGET_WITH_TYPO}# changed\n` });
    markCache(dir);
    const run = cachedFiles(dir);
    assert.match(
      run.stdout,
      /"custom\/gadget\.yaml","line":\d+,"column":\d+,"endLine":\d+,"endColumn":\d+,"ruleId":"schema\/unknown-field"/,
    );
    assert.equal(run.files.get('dup/twice.yaml'), true, 'other folders come from the cache');
    const app = [...run.files].filter(([file]) => file.startsWith('app/'));
    assert.ok(app.length > 0 && app.every(([, cached]) => !cached), JSON.stringify(app));
    assert.equal(
      run.stdout.replace(/CACHED /g, ''),
      podlint(['--format', 'json', '.'], { cwd: dir }).stdout,
      'the changed file is read again',
    );
  });

  it('re-lints everything when the config, the release or a context input changes', () => {
    const dir = crossResourceTree();
    write(dir, { 'old.yaml': CONFIG_MAP('old') });
    const cases: Array<{ name: string; args?: string[]; change?: () => void }> = [
      { name: 'the target release', args: ['-k', '1.30'] },
      { name: '--old', args: ['--old', 'old.yaml'] },
      {
        name: 'the --old file',
        args: ['--old', 'old.yaml'],
        change: () => write(dir, { 'old.yaml': CONFIG_MAP('x') }),
      },
      { name: '--rule', args: ['--rule', 'schema/unknown-kind=warning'] },
      {
        name: 'the config',
        change: () => write(dir, { '.podlint.yaml': 'rules:\n  manifest/duplicate-object: error\n' }),
      },
      { name: 'a CRD among the inputs', change: () => write(dir, { 'crds/gadget.yaml': `${GADGET_CRD}# changed\n` }) },
    ];
    for (const { name, args = [], change } of cases) {
      podlint(['--format', 'json', '--cache', ...args, '.'], { cwd: dir });
      markCache(dir);
      assert.equal(cachedFiles(dir, args).files.get('dup/twice.yaml'), true, `${name}: unchanged, from the cache`);
      change?.();
      markCache(dir);
      const next = args.length > 0 && !change ? [] : args;
      assert.equal(cachedFiles(dir, next).files.get('dup/twice.yaml'), false, `${name}: changed, linted again`);
    }
  });

  it('ignores a corrupt cache with a warning and writes it again; never overwrites a file that is not its cache', () => {
    const dir = crossResourceTree();
    const expected = podlint(['--format', 'json', '.'], { cwd: dir }).stdout;
    writeFileSync(join(dir, '.podlintcache'), '{"podlintCache":1,"build":"x","entries":{"trunc');
    let run = podlint(['--format', 'json', '--cache', '.'], { cwd: dir });
    assert.equal(run.stdout, expected);
    assert.match(run.stderr, /\.podlintcache: the cache is corrupt/);
    assert.equal(podlint(['--format', 'json', '--cache', '.'], { cwd: dir }).stderr, '');

    writeFileSync(join(dir, 'notes.txt'), 'my notes\n');
    run = podlint(['--format', 'json', '--cache', '--cache-location', 'notes.txt', '.'], { cwd: dir });
    assert.equal(run.stdout, expected);
    assert.match(run.stderr, /notes\.txt: this file is not a podlint cache/);
    assert.equal(readFileSync(join(dir, 'notes.txt'), 'utf8'), 'my notes\n');

    // A folder as the location holds .podlintcache.
    mkdirSync(join(dir, 'cache-dir'));
    podlint(['--format', 'json', '--cache', '--cache-location', 'cache-dir', 'app'], { cwd: dir });
    assert.ok(existsSync(join(dir, 'cache-dir', '.podlintcache')));
  });

  it('prints what the last run printed while nothing it depends on changed: files, options, exit code and standard error', () => {
    const dir = crossResourceTree();
    const same = (args: string[], name: string): void => {
      const uncached = podlint([...args, '.'], { cwd: dir });
      const cached = podlint(['--cache', ...args, '.'], { cwd: dir });
      assert.deepEqual(cached, uncached, name);
    };
    same(['--max-warnings', '0'], 'stylish, first run');
    same(['--max-warnings', '0'], 'stylish, unchanged');
    same(['--format', 'json'], 'another format');
    write(dir, { 'extra/new.yaml': CONFIG_MAP('same') });
    same(['--format', 'json'], 'a file added');
    rmSync(join(dir, 'extra'), { recursive: true });
    same(['--format', 'json'], 'a file removed');
    same(['--format', 'json', '--min-severity', 'error'], 'another option');
    // The report comes whole from the cache: the last run's output ends it, after the lines of its
    // exit code and standard error, and of its key.
    const path = join(dir, '.podlintcache');
    const text = readFileSync(path, 'utf8');
    const keyAt = text.indexOf('\n', text.lastIndexOf('\n{"exitCode":') + 1) + 1;
    const reportAt = text.indexOf('\n', keyAt) + 1;
    writeFileSync(path, text.slice(0, reportAt) + text.slice(reportAt).replace(/"message":"/g, '"message":"CACHED '));
    const replayed = cachedFiles(dir, ['--min-severity', 'error']);
    assert.ok(replayed.files.size > 0 && [...replayed.files.values()].every((cached) => cached), replayed.stdout);
  });

  it('does not reuse the results of another podlint build', () => {
    const dir = crossResourceTree();
    podlint(['--format', 'json', '--cache', '.'], { cwd: dir });
    markCache(dir);
    const path = join(dir, '.podlintcache');
    writeFileSync(path, readFileSync(path, 'utf8').replace(/"build":"[^"]*"/, '"build":"another"'));
    assert.equal(cachedFiles(dir).files.get('dup/twice.yaml'), false);
  });
});
