// The publishable package as a user gets it: `pnpm pack` of the repository root, installed with
// npm into an empty folder, offline and with an empty cache, so the test fails if installing it
// would fetch anything. Needs the build (scripts/test.mjs builds first).
import assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { REPO_ROOT, temporaryDirectory } from './support/cli.js';

const rootPackage = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };

function check(result: SpawnSyncReturns<string>, what: string): string {
  assert.equal(result.status, 0, `${what} failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

describe('the podlint npm package', () => {
  let work: string;
  let tarball: string;
  let app: string;
  const offline = (command: string, args: readonly string[]): SpawnSyncReturns<string> =>
    spawnSync(command, [...args], {
      cwd: app,
      encoding: 'utf8',
      env: {
        ...process.env,
        NO_COLOR: '1',
        npm_config_cache: join(work, 'empty-cache'),
        npm_config_offline: 'true',
        npm_config_update_notifier: 'false',
      },
    });

  before(() => {
    assert.ok(
      existsSync(join(REPO_ROOT, 'dist', 'podlint.js')),
      'dist/ is not built: run `node scripts/build.mjs` first',
    );
    work = temporaryDirectory('podlint-pack-');
    check(
      spawnSync('npx', ['--yes', 'pnpm@10.34.9', 'pack', '--pack-destination', work], {
        cwd: REPO_ROOT,
        encoding: 'utf8',
      }),
      'pnpm pack',
    );
    const packed = readdirSync(work).filter((name) => name.endsWith('.tgz'));
    assert.deepEqual(packed, [`podlint-${rootPackage.version}.tgz`]);
    tarball = join(work, packed[0] ?? '');
    app = join(work, 'app');
    mkdirSync(app);
    mkdirSync(join(work, 'empty-cache'));
    writeFileSync(join(app, 'package.json'), '{ "name": "app", "private": true }\n');
    check(offline('npm', ['install', '--no-audit', '--no-fund', tarball]), 'npm install --offline');
  });
  after(() => rmSync(work, { recursive: true, force: true }));

  it('ships the bundle, the schemas, the precompiled validators, the rule pages and the licence, and no sources', () => {
    const files = check(spawnSync('tar', ['tzf', tarball], { encoding: 'utf8' }), 'tar').split('\n');
    for (const file of [
      'bin/podlint.js',
      'bin/podlint-lsp.js',
      'dist/podlint.js',
      'dist/podlint-lsp.js',
      'dist/schemas/kubernetes.json',
      'dist/validators/index.json',
      'dist/rules-docs/ports/protocol-unsupported.md',
      'LICENSE',
      'README.md',
    ]) {
      assert.ok(files.includes(`package/${file}`), `the tarball lacks ${file}`);
    }
    assert.deepEqual(
      files.filter((file) => /\.ts$|\/src\/|\/test\//.test(file)),
      [],
    );
    const installed = JSON.parse(readFileSync(join(app, 'node_modules', 'podlint', 'package.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    assert.equal(installed.dependencies, undefined, 'podlint must have no runtime dependencies');
    assert.equal(installed.license, 'Apache-2.0');
    assert.deepEqual(
      readdirSync(join(app, 'node_modules')).filter((name) => !name.startsWith('.')),
      ['podlint'],
    );
  });

  it('prints the version of package.json from both commands', () => {
    assert.equal(check(offline('npx', ['podlint', '--version']), 'podlint --version'), `${rootPackage.version}\n`);
    assert.equal(
      check(offline(join(app, 'node_modules', '.bin', 'podlint-lsp'), ['--version']), 'podlint-lsp --version'),
      `${rootPackage.version}\n`,
    );
  });

  it('prints a rule page from the pages it ships', () => {
    const page = check(
      offline('npx', ['podlint', 'rules', 'ports/protocol-unsupported']),
      'podlint rules ports/protocol-unsupported',
    );
    assert.match(page, /^# ports\/protocol-unsupported\n/);
    assert.match(page, /## What it checks and why/);
  });

  it('lints manifests with its own schemas: the examples, and a schema error at its field', () => {
    cpSync(join(REPO_ROOT, 'examples'), join(app, 'examples'), { recursive: true });
    const examples = offline('npx', ['podlint', '--format', 'json', 'examples']);
    assert.equal(examples.status, 1, examples.stderr);
    const results = (JSON.parse(examples.stdout) as { results: Array<{ ruleId: string; file: string; line: number }> })
      .results;
    assert.ok(
      results.some(
        (result) =>
          result.ruleId === 'ports/protocol-unsupported' &&
          result.file === 'examples/shop/frontend.yaml' &&
          result.line === 25,
      ),
    );
    assert.deepEqual(
      results.filter((result) => result.ruleId.startsWith('podlint/')),
      [],
      'no internal errors: the schemas are found',
    );
    writeFileSync(
      join(app, 'deploy.yaml'),
      'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: "two"\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n',
    );
    const schemaError = offline('npx', ['podlint', '--format', 'json', 'deploy.yaml']);
    assert.equal(schemaError.status, 1, schemaError.stderr);
    assert.match(schemaError.stdout, /"path":"spec\.replicas"/);
  });
});
