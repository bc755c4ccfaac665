// The GitHub Action's entry point (action.yml): runs podlint with --format sarif on the given
// paths, writes the report, and sets the step's outputs. Plain Node, no dependencies: it runs
// before anything is installed.
//
// Which podlint: the action's own checkout when it is built (bin/podlint.js with dist/), else the
// npm package of the same version as the action, so `uses: podlint/podlint@v0.1.0` runs podlint
// 0.1.0 without cloning or building anything.
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const actionRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const env = process.env;

/** Splits an input the way a shell would split unquoted words; quotes keep spaces. */
export function words(text) {
  const out = [];
  for (const match of (text ?? '').matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)) out.push(match[1] ?? match[2] ?? match[3]);
  return out;
}

function podlintCommand() {
  const local = join(actionRoot, 'bin', 'podlint.js');
  if (existsSync(join(actionRoot, 'dist', 'podlint.js'))) return [process.execPath, local];
  const { version } = JSON.parse(readFileSync(join(actionRoot, 'package.json'), 'utf8'));
  return ['npx', '--yes', `podlint@${version}`];
}

function baseRevision() {
  const base = (env.PODLINT_BASE ?? 'auto').trim();
  if (base !== 'auto') return base;
  return env.PODLINT_EVENT_BASE_REF ? `origin/${env.PODLINT_EVENT_BASE_REF}` : '';
}

function setOutput(name, value) {
  if (env.GITHUB_OUTPUT) appendFileSync(env.GITHUB_OUTPUT, `${name}=${value}\n`);
}

const sarifFile = resolve(env.PODLINT_SARIF_FILE || 'podlint.sarif');
const args = ['--format', 'sarif'];
const base = baseRevision();
if (base) args.push('--base', base);
if (env.PODLINT_KUBERNETES_VERSION) args.push('--kubernetes-version', env.PODLINT_KUBERNETES_VERSION);
if (env.PODLINT_CONFIG) args.push('--config', env.PODLINT_CONFIG);
args.push(...words(env.PODLINT_ARGS), '--', ...words(env.PODLINT_PATHS || '.'));

const [command, ...prefix] = podlintCommand();
console.log(`podlint ${args.join(' ')}`);
const result = spawnSync(command, [...prefix, ...args], {
  encoding: 'utf8',
  maxBuffer: 1024 * 1024 * 1024,
  stdio: ['ignore', 'pipe', 'inherit'],
});
if (result.error) {
  console.error(`::error::podlint could not be started: ${result.error.message}`);
  process.exit(2);
}
const code = result.status ?? 2;
let counts = { error: 0, warning: 0, note: 0 };
try {
  const log = JSON.parse(result.stdout);
  for (const finding of log.runs?.[0]?.results ?? []) counts[finding.level] = (counts[finding.level] ?? 0) + 1;
  mkdirSync(dirname(sarifFile), { recursive: true });
  writeFileSync(sarifFile, result.stdout);
  setOutput('sarif-file', sarifFile);
} catch {
  // A usage error prints no report; podlint's message is already on standard error.
  counts = { error: 0, warning: 0, note: 0 };
}
setOutput('exit-code', code);
setOutput('errors', counts.error);
setOutput('warnings', counts.warning);
console.log(
  `podlint: ${counts.error} errors, ${counts.warning} warnings, ${counts.note} notes${existsSync(sarifFile) ? `; SARIF report in ${sarifFile}` : ''}`,
);
const failOnError = (env.PODLINT_FAIL_ON_ERROR ?? 'true').trim() !== 'false';
process.exit(code === 1 && !failOnError ? 0 : code);
