// Issue 22 section 3, "a CLI without surprises": each surprise seen in the trial, through the built CLI.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { podlint, temporaryDirectory } from './support/cli.js';

const BAD_PROTOCOL =
  'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n      image: nginx:1.27\n      ports:\n        - containerPort: 80\n          protocol: tcp\n';
const deployment = (labels: string, namespace = ''): string =>
  `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n${namespace}spec:\n  selector:\n    matchLabels: ${labels}\n  template:\n    metadata:\n      labels: ${labels}\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n`;

interface JsonReport {
  results: Array<{ file: string; line: number; ruleId: string; severity: string; message: string }>;
  summary: { files: number; resources: number; errors: number; warnings: number; infos: number };
}

function workspace(files: Record<string, string>): string {
  const dir = temporaryDirectory();
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

function ruleIds(stdout: string): string[] {
  return (JSON.parse(stdout) as JsonReport).results.map((result) => result.ruleId);
}

describe('piped input', () => {
  it('reads standard input when no path is given and something is piped in (helm template . | podlint)', () => {
    const dir = workspace({ 'other.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n' });
    const run = podlint(['--format', 'json'], { cwd: dir, input: BAD_PROTOCOL });
    assert.equal(run.status, 1, run.stderr);
    const report = JSON.parse(run.stdout) as JsonReport;
    assert.deepEqual(
      report.results.map((result) => [result.file, result.ruleId]),
      [['<stdin>', 'ports/protocol-unsupported']],
    );
  });

  it('a folder (or the default one) without manifests exits 2 with a message, unless told that is expected', () => {
    const dir = workspace({ 'docs/readme.md': '# nothing to lint\n' });
    const none = podlint([], { cwd: dir });
    assert.equal(none.status, 2);
    assert.match(none.stderr, /no manifests \(\*\.yaml, \*\.yml, \*\.json\) found in the current directory/);
    assert.doesNotMatch(none.stdout, /✔/);
    assert.equal(podlint(['docs'], { cwd: dir }).status, 2);
    assert.equal(podlint(['k8s/*.yaml'], { cwd: dir }).status, 2);
    assert.equal(podlint(['--no-error-on-unmatched-pattern', 'docs', 'k8s/*.yaml'], { cwd: dir }).status, 0);
  });

  it('a missing file exits 2 and prints no success line', () => {
    const dir = workspace({ 'ok.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n' });
    const run = podlint(['ok.yaml', 'missing.yaml'], { cwd: dir });
    assert.equal(run.status, 2);
    assert.match(run.stderr, /missing\.yaml: no such file or directory/);
    assert.doesNotMatch(run.stdout, /✔/);
    assert.match(run.stdout, /✖ 1 input could not be linted/);
  });

  it('unreadable inputs are results in json and sarif', () => {
    const dir = workspace({ 'ok.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n' });
    const json = JSON.parse(
      podlint(['--format', 'json', 'ok.yaml', 'missing.yaml'], { cwd: dir }).stdout,
    ) as JsonReport;
    assert.deepEqual(
      json.results.map((result) => [result.file, result.ruleId, result.severity]),
      [['missing.yaml', 'podlint/unreadable-input', 'error']],
    );
    assert.equal(json.summary.files, 1);
    const sarif = JSON.parse(podlint(['--format', 'sarif', 'ok.yaml', 'missing.yaml'], { cwd: dir }).stdout) as {
      runs: Array<{ results: Array<{ ruleId: string; message: { text: string } }> }>;
    };
    assert.match(sarif.runs[0]?.results[0]?.message.text ?? '', /missing\.yaml|no such file/);
  });
});

describe('noise: what is on by default, and how to change it', () => {
  const dir = workspace({ 'deploy.yaml': deployment('{app: web}') });

  it('a correct Deployment gets no opinionated infos by default (recommended rules only)', () => {
    const run = podlint(['--format', 'json', 'deploy.yaml'], { cwd: dir });
    assert.equal(run.status, 0, run.stdout);
    assert.deepEqual(ruleIds(run.stdout), []);
  });

  it('--rule turns a rule on, off or to another level, by id or by glob, with ESLint\'s "warn" accepted', () => {
    assert.deepEqual(
      ruleIds(
        podlint(['--format', 'json', '--rule', 'probes/liveness-missing=info', 'deploy.yaml'], { cwd: dir }).stdout,
      ),
      ['probes/liveness-missing'],
    );
    const globbed = podlint(['--format', 'json', '--rule', 'probes/*=warn', 'deploy.yaml'], { cwd: dir });
    assert.deepEqual(
      [
        ...new Set(
          (JSON.parse(globbed.stdout) as JsonReport).results.map((result) => `${result.ruleId} ${result.severity}`),
        ),
      ].sort(),
      ['probes/liveness-missing warning', 'probes/readiness-missing warning'],
    );
    const laterWins = podlint(
      ['--format', 'json', '--rule', 'probes/*=warning', '--rule', 'probes/readiness-missing=off', 'deploy.yaml'],
      { cwd: dir },
    );
    assert.deepEqual(ruleIds(laterWins.stdout), ['probes/liveness-missing']);
    const error = podlint(['--rule', 'topology/spread-missing=error', 'deploy.yaml'], { cwd: dir });
    assert.equal(error.status, 0, 'one replica: topology/spread-missing has nothing to say');
  });

  it('--rule names an unknown rule with "did you mean", and a bad level, with exit 2', () => {
    const unknown = podlint(['--rule', 'probes/livenes-missing=off', 'deploy.yaml'], { cwd: dir });
    assert.equal(unknown.status, 2);
    assert.match(unknown.stderr, /did you mean "probes\/liveness-missing"\?/);
    const level = podlint(['--rule', 'probes/liveness-missing=loud', 'deploy.yaml'], { cwd: dir });
    assert.equal(level.status, 2);
    assert.match(level.stderr, /off, info, warning, error \(or warn\)/);
  });

  it('--min-severity hides what is below it; -q still means errors only', () => {
    const args = [
      '--format',
      'json',
      '--rule',
      'probes/liveness-missing=info',
      '--rule',
      'probes/readiness-missing=warning',
      'deploy.yaml',
    ];
    assert.deepEqual(ruleIds(podlint(args, { cwd: dir }).stdout).sort(), [
      'probes/liveness-missing',
      'probes/readiness-missing',
    ]);
    assert.deepEqual(ruleIds(podlint([...args, '--min-severity', 'warning'], { cwd: dir }).stdout), [
      'probes/readiness-missing',
    ]);
    assert.deepEqual(ruleIds(podlint([...args, '-q'], { cwd: dir }).stdout), []);
    assert.equal(podlint([...args, '--min-severity', 'off'], { cwd: dir }).status, 2);
  });

  it('config rules take globs and "warn", in the order written', () => {
    const configured = workspace({
      'deploy.yaml': deployment('{app: web}'),
      '.podlint.yaml': 'rules:\n  probes/*: warn\n  probes/readiness-missing: off\n',
    });
    const run = podlint(['--format', 'json', 'deploy.yaml'], { cwd: configured });
    assert.deepEqual(
      (JSON.parse(run.stdout) as JsonReport).results.map((result) => `${result.ruleId} ${result.severity}`),
      ['probes/liveness-missing warning'],
    );
  });
});

describe('update checks say when they checked nothing', () => {
  const live = deployment('{app: web}', '  namespace: shop\n');
  const changed = deployment('{app: web, tier: front}');

  it('--namespace pairs manifests without one with their live objects, as kubectl apply -n', () => {
    const dir = workspace({ 'live.yaml': live, 'deploy.yaml': changed });
    const paired = podlint(['--format', 'json', '--old', 'live.yaml', '-n', 'shop', 'deploy.yaml'], { cwd: dir });
    assert.equal(paired.status, 1, paired.stdout);
    assert.ok(
      ruleIds(paired.stdout).some((id) => id.startsWith('immutable/')),
      paired.stdout,
    );
    assert.equal(paired.stderr, '');
  });

  it('without it, nothing pairs, and podlint says so', () => {
    const dir = workspace({ 'live.yaml': live, 'deploy.yaml': changed });
    const unpaired = podlint(['--old', 'live.yaml', 'deploy.yaml'], { cwd: dir });
    assert.equal(unpaired.status, 0);
    assert.match(unpaired.stderr, /--old live\.yaml: no resource has an old version there .*use --namespace/);
  });
});

describe('small things', () => {
  const dir = workspace({ 'pod.yaml': BAD_PROTOCOL });

  it('-k takes v1.30 and 1.30.2 as 1.30', () => {
    for (const version of ['v1.30', '1.30.2', 'v1.30.2', '1.30'])
      assert.equal(podlint(['-k', version, 'pod.yaml'], { cwd: dir }).status, 1, version);
    assert.equal(podlint(['-k', '1.12', 'pod.yaml'], { cwd: dir }).status, 2);
  });

  it('an unknown option gets "did you mean"', () => {
    const run = podlint(['--quite', 'pod.yaml'], { cwd: dir });
    assert.equal(run.status, 2);
    assert.match(run.stderr, /unknown option --quite; did you mean --quiet\?/);
  });

  it('config errors name paths as written, and suggest quoting kubernetesVersion', () => {
    const escaped = workspace({
      'pod.yaml': BAD_PROTOCOL,
      '.podlint.yaml': 'rules:\n  probes/liveness-missing: [warning]\n',
    });
    const run = podlint(['pod.yaml'], { cwd: escaped });
    assert.equal(run.status, 2);
    assert.match(run.stderr, /`rules\.probes\/liveness-missing` must be a string/);
    assert.doesNotMatch(run.stderr, /~1/);
    const unquoted = workspace({ 'pod.yaml': BAD_PROTOCOL, '.podlint.yaml': 'kubernetesVersion: 1.30\n' });
    assert.match(podlint(['pod.yaml'], { cwd: unquoted }).stderr, /quote it \(kubernetesVersion: "1\.30"\)/);
  });

  it('--stdin-filename picks the config next to that name', () => {
    // With ports/protocol-unsupported off, schema/value-unsupported reports the value instead (the claim goes back to the schema rules), so both are off.
    const nested = workspace({
      'apps/shop/.podlint.yaml': 'rules:\n  ports/protocol-unsupported: off\n  schema/value-unsupported: off\n',
    });
    assert.equal(
      podlint(['--stdin-filename', 'apps/shop/pod.yaml', '-'], { cwd: nested, input: BAD_PROTOCOL }).status,
      0,
    );
    assert.equal(podlint(['--stdin-filename', 'pod.yaml', '-'], { cwd: nested, input: BAD_PROTOCOL }).status, 1);
  });
});

describe('files that are not manifests', () => {
  const chart = {
    'Chart.yaml': 'apiVersion: v2\nname: shop\nversion: 0.1.0\n',
    'values.yaml': 'replicaCount: 2\nkind: frontend\n',
    'values-prod.yaml': 'image:\n  tag: "1.27"\n',
    'kustomization.yaml':
      'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources: [deploy.yaml]\n',
    'overlays/kustomize-patch.yaml': 'apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\n',
    'skaffold.yaml': 'apiVersion: skaffold/v4beta6\nkind: Config\n',
    'deploy.yaml': deployment('{app: web}'),
  };

  it('skips Chart.yaml, Helm values, kustomize and skaffold configs, with a debug note', () => {
    const dir = workspace(chart);
    const run = podlint(['--format', 'json', '.'], { cwd: dir });
    assert.equal(run.status, 0, run.stdout);
    assert.deepEqual(ruleIds(run.stdout), []);
    const debug = podlint(['--debug', '.'], { cwd: dir });
    assert.match(debug.stderr, /Chart\.yaml: skipped, a Helm chart's Chart\.yaml/);
    assert.match(debug.stderr, /values\.yaml: skipped, Helm values/);
    assert.match(debug.stderr, /kustomization\.yaml: skipped, kustomize's kustomization\.yaml/);
    assert.match(debug.stderr, /overlays\/kustomize-patch\.yaml: skipped, a kustomize config/);
    assert.doesNotMatch(podlint(['.'], { cwd: dir }).stderr, /skipped/);
  });

  it('keeps the error for files that look like manifests but are broken, and for values files holding objects', () => {
    const dir = workspace({
      ...chart,
      'broken.yaml': 'apiVersion: apps/v1\nmetadata: {name: web}\n',
      'values-objects.yaml': BAD_PROTOCOL,
    });
    const run = podlint(['--format', 'json', '.'], { cwd: dir });
    assert.equal(run.status, 1);
    assert.deepEqual(
      (JSON.parse(run.stdout) as JsonReport).results.map((result) => [result.file, result.ruleId]),
      [
        ['broken.yaml', 'manifest/not-an-object'],
        ['values-objects.yaml', 'ports/protocol-unsupported'],
      ],
    );
  });
});

describe('--fix never makes a file worse', () => {
  const spread = (key: string, when = 'DoNotSchedule'): string =>
    `        - maxSkew: 1\n          topologyKey: ${key}\n          whenUnsatisfiable: ${when}\n          labelSelector:\n            matchLabels: {app: web}\n`;
  const withConstraints = (constraints: string, container = ''): string =>
    deployment('{app: web}')
      .replace(
        '    spec:\n      containers:',
        `    spec:\n      topologySpreadConstraints:\n${constraints}      containers:`,
      )
      .replace('image: nginx:1.27\n', `image: nginx:1.27\n${container}`);

  it('a fix whose result has a new error is not applied, and its finding says why', () => {
    const original = withConstraints(
      spread('topology.kubernetes.io/zone') + spread('failure-domain.beta.kubernetes.io/zone'),
    );
    const dir = workspace({ 'deploy.yaml': original });
    assert.equal(podlint(['deploy.yaml'], { cwd: dir }).status, 0, 'the file passes before --fix');
    const run = podlint(['--fix', '--format', 'json', 'deploy.yaml'], { cwd: dir });
    assert.equal(run.status, 0, run.stdout);
    const deprecated = (JSON.parse(run.stdout) as JsonReport).results.find(
      (result) => result.ruleId === 'topology/deprecated-topology-key',
    );
    assert.match(
      deprecated?.message ?? '',
      /not fixed by --fix: the fix would cause topology\/duplicate-constraint at line \d+/,
    );
    assert.equal(readFileSync(join(dir, 'deploy.yaml'), 'utf8'), original);
  });

  it('typos with a "did you mean" are fixed: a field name and an enum value', () => {
    const dir = workspace({
      'deploy.yaml': withConstraints(
        spread('topology.kubernetes.io/zone', 'DoNotSchedul'),
        '          imagePullPolicey: Always\n',
      ),
    });
    assert.equal(podlint(['deploy.yaml'], { cwd: dir }).status, 1);
    const run = podlint(['--fix', 'deploy.yaml'], { cwd: dir });
    assert.equal(run.status, 0, run.stdout);
    assert.equal(
      readFileSync(join(dir, 'deploy.yaml'), 'utf8'),
      withConstraints(spread('topology.kubernetes.io/zone'), '          imagePullPolicy: Always\n'),
    );
  });

  it("the Job restartPolicy fix chooses Never, which podlint's own advice agrees with", () => {
    const job =
      'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: report\nspec:\n  template:\n    spec:\n      restartPolicy: Always\n      containers:\n        - name: report\n          image: busybox:1.36\n';
    const dir = workspace({ 'job.yaml': job });
    const run = podlint(['--fix', '--format', 'json', 'job.yaml'], { cwd: dir });
    assert.equal(run.status, 0, run.stdout);
    assert.deepEqual(ruleIds(run.stdout), []);
    assert.equal(
      readFileSync(join(dir, 'job.yaml'), 'utf8'),
      job.replace('restartPolicy: Always', 'restartPolicy: Never'),
    );
  });
});

describe('suppressions', () => {
  it('a suppression comment naming an unknown rule id gets a warning with "did you mean"', () => {
    const dir = workspace({
      'pod.yaml': BAD_PROTOCOL.replace(
        '          protocol: tcp',
        '          # podlint-disable-next-line ports/protocol-unsuported -- legacy\n          protocol: tcp',
      ),
    });
    const run = podlint(['--format', 'json', 'pod.yaml'], { cwd: dir });
    assert.equal(run.status, 1);
    const results = (JSON.parse(run.stdout) as JsonReport).results;
    assert.deepEqual(
      results.map((result) => [result.ruleId, result.severity, result.line]),
      [
        ['podlint/unknown-rule-id', 'warning', 11],
        ['ports/protocol-unsupported', 'error', 12],
      ],
    );
    assert.match(
      results[0]?.message ?? '',
      /"ports\/protocol-unsuported", which is not a podlint rule, so it suppresses nothing; did you mean "ports\/protocol-unsupported"\?/,
    );
  });
});
