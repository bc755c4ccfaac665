// The whole test suite, as CI runs it: build, build the oracle, type-check, lint, then every
// unit and end-to-end test in one node:test run. Stops at the first failing stage.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fg from 'fast-glob';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);

function stage(title, command, args) {
  console.log(`\n== ${title}`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`\n${title} failed (exit ${result.status ?? result.signal})`);
    process.exit(result.status || 1);
  }
  console.log(`== ${title}: ok in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

stage('build', process.execPath, [join(root, 'scripts', 'build.mjs')]);
stage('oracle build (Go)', 'bash', [join(root, 'test', 'oracle', 'build.sh')]);
stage('oracle tests (go test)', 'bash', ['-c', 'cd test/oracle && go vet . && go test -count=1 ./...']);
stage('type-check', bin('tsc'), ['-p', 'tsconfig.json']);
stage('eslint', bin('eslint'), ['--max-warnings', '0', '.']);
// PODLINT_SKIP_FORMAT_CHECK=1 is a stopgap for branches written before the one formatting pass
// over the tree (`pnpm format`); once main is formatted, nothing should set it.
if (process.env.PODLINT_SKIP_FORMAT_CHECK === '1') {
  console.log(
    '\n== format check (prettier): SKIPPED because PODLINT_SKIP_FORMAT_CHECK=1; run `pnpm format:check` to see what is unformatted',
  );
} else {
  stage('format check (prettier)', bin('prettier'), ['--check', '--log-level', 'warn', '.']);
}
stage('rule pages current', process.execPath, [
  '--conditions=source',
  '--import',
  'tsx',
  join(root, 'scripts', 'rule-pages.ts'),
  '--check',
]);
const tests = fg
  .sync(['packages/*/src/**/*.test.ts', 'packages/*/test/**/*.test.ts', 'test/**/*.test.ts'], {
    cwd: root,
    ignore: ['**/node_modules/**', 'test/oracle/**'],
  })
  .sort();
// The spec reporter for people; a TAP copy for the counts of the closing line.
const tap = join(mkdtempSync(join(tmpdir(), 'podlint-tests-')), 'results.tap');
console.log(`\n== tests (${tests.length} files)`);
const run = spawnSync(
  process.execPath,
  [
    '--conditions=source',
    '--import',
    'tsx',
    '--test',
    '--test-concurrency=2',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    `--test-reporter-destination=${tap}`,
    ...tests,
  ],
  { cwd: root, stdio: 'inherit' },
);
const report = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
const count = (name) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(report)?.[1] ?? 0);
console.log(`\ntests: ${count('pass')} passed, ${count('fail')} failed`);
process.exit(run.status === 0 && count('fail') === 0 && count('pass') > 0 ? 0 : 1);
