// The remote pre-commit hook on a fresh machine: pre-commit (from PyPI, in a virtualenv kept in
// the git-ignored .podlint-cache/) installs the hook from a clone of this repository with an empty
// PRE_COMMIT_HOME, that is the way a user's machine does (`npm install -g git+file://<clone>`,
// which builds the package through its `prepare` script), then runs it. The clone is of HEAD:
// commit before running this test. Slow (about a minute: npm installs the build's
// devDependencies and builds), so it runs once, in the full suite.
import assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { REPO_ROOT, temporaryDirectory } from './support/cli.js';

/** Pinned so that a pre-commit release cannot change what this test means without a commit. */
const PRE_COMMIT = 'pre-commit==4.7.0';
const venv = join(REPO_ROOT, '.podlint-cache', 'pre-commit-venv');
const preCommit = join(venv, 'bin', 'pre-commit');

function run(
  command: string,
  args: readonly string[],
  cwd: string,
  env: Record<string, string> = {},
): SpawnSyncReturns<string> {
  return spawnSync(command, [...args], { cwd, encoding: 'utf8', env: { ...userEnvironment(), NO_COLOR: '1', ...env } });
}

/**
 * The environment of a user's shell: without the variables the package manager running this test
 * sets (`npm_config_user_agent=pnpm/…` and the like), which a user's `git commit` does not have and
 * which would tell the hook's npm install that pnpm is running its scripts.
 */
function userEnvironment(): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(npm_|pnpm_)/i.test(name)));
}

function check(result: SpawnSyncReturns<string>, what: string): string {
  assert.equal(
    result.status,
    0,
    `${what} failed (exit ${result.status ?? result.signal}):\n${result.stdout}\n${result.stderr}`,
  );
  return result.stdout;
}

function ensurePreCommit(): void {
  if (existsSync(preCommit) && run(preCommit, ['--version'], REPO_ROOT).status === 0) return;
  mkdirSync(join(REPO_ROOT, '.podlint-cache'), { recursive: true });
  check(
    run('python3', ['-m', 'venv', '--clear', venv], REPO_ROOT),
    'python3 -m venv (the pre-commit test needs Python 3 with venv)',
  );
  check(
    run(join(venv, 'bin', 'pip'), ['install', '--quiet', '--disable-pip-version-check', PRE_COMMIT], REPO_ROOT),
    `pip install ${PRE_COMMIT}`,
  );
}

const BAD =
  'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n      image: nginx:1.27\n      ports:\n        - containerPort: 80\n          protocol: tcp\n';
const GOOD = BAD.replace('protocol: tcp', 'protocol: TCP');

describe('the remote pre-commit hook', () => {
  let work: string;
  let clone: string;
  let project: string;
  let env: Record<string, string>;

  before(() => {
    ensurePreCommit();
    work = temporaryDirectory('podlint-pre-commit-');
    clone = join(work, 'podlint');
    check(run('git', ['clone', '--quiet', REPO_ROOT, clone], work), 'git clone');
    const rev = check(run('git', ['rev-parse', 'HEAD'], clone), 'git rev-parse').trim();
    project = join(work, 'project');
    mkdirSync(project);
    // A fresh machine: no pre-commit store, and git identity of its own.
    env = {
      PRE_COMMIT_HOME: join(work, 'pre-commit-home'),
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@example.com',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@example.com',
    };
    check(run('git', ['init', '--quiet'], project, env), 'git init');
    writeFileSync(
      join(project, '.pre-commit-config.yaml'),
      `repos:\n  - repo: ${clone}\n    rev: ${rev}\n    hooks:\n      - id: podlint\n`,
    );
    copyFileSync(join(REPO_ROOT, 'LICENSE'), join(project, 'LICENSE'));
  });
  after(() => rmSync(work, { recursive: true, force: true }));

  it('try-repo installs the hook from the clone and fails on a manifest the API server refuses', () => {
    writeFileSync(join(project, 'pod.yaml'), BAD);
    check(run('git', ['add', 'pod.yaml'], project, env), 'git add');
    const result = run(preCommit, ['try-repo', clone, 'podlint', '--files', 'pod.yaml'], project, env);
    assert.equal(result.status, 1, `${result.stdout}\n${result.stderr}`);
    assert.match(
      result.stdout,
      /pod\.yaml\n\s+11:11\s+error\s+protocol "tcp" is not supported.*ports\/protocol-unsupported/,
    );
    assert.doesNotMatch(result.stdout, /podlint\/internal-error/);
  });

  it('installed as a git hook, blocks the bad commit and lets the fixed one through', () => {
    check(run(preCommit, ['install'], project, env), 'pre-commit install');
    writeFileSync(join(project, 'pod.yaml'), BAD);
    check(run('git', ['add', '.'], project, env), 'git add');
    const blocked = run('git', ['commit', '--quiet', '-m', 'bad'], project, env);
    assert.notEqual(blocked.status, 0, 'the commit of a refused manifest went through');
    assert.match(blocked.stdout + blocked.stderr, /ports\/protocol-unsupported/);
    assert.notEqual(
      run('git', ['rev-parse', '--verify', '--quiet', 'HEAD'], project, env).status,
      0,
      'nothing was committed',
    );
    writeFileSync(join(project, 'pod.yaml'), GOOD);
    check(run('git', ['add', '.'], project, env), 'git add');
    check(run('git', ['commit', '--quiet', '-m', 'good'], project, env), 'git commit of a correct manifest');
  });
});
