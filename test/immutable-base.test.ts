/**
 * `--base REF`: old versions read from git. A throwaway repository gets two commits; the second
 * moves a Deployment to another file and changes its selector, which the API server refuses.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { readOldFromGit } from '../packages/cli/src/git-revision.js';
import { podlint, temporaryDirectory } from './support/cli.js';

const deployment = (selector: string, image: string): string => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 2
  selector:
    matchLabels: ${selector}
  template:
    metadata:
      labels: ${selector}
    spec:
      containers:
        - name: web
          image: ${image}
`;

const SERVICE = `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector:
    app: web
  ports:
    - port: 80
      targetPort: 8080
`;

interface JsonReport {
  version: number;
  results: Array<{
    file: string;
    line: number;
    column: number;
    ruleId: string;
    severity: string;
    message: string;
    path: string;
  }>;
}

function git(cwd: string, ...args: string[]): string {
  return execFileSync(
    'git',
    ['-c', 'user.name=podlint test', '-c', 'user.email=test@podlint.invalid', '-c', 'commit.gpgsign=false', ...args],
    { cwd, encoding: 'utf8' },
  );
}

function write(dir: string, name: string, text: string): void {
  mkdirSync(join(dir, name, '..'), { recursive: true });
  writeFileSync(join(dir, name), text);
}

/** Commit 1: deploy/app.yaml holds the Deployment and the Service. Commit 2: the Deployment moves to k8s/web.yaml with `second`. */
function repository(second: string): string {
  const dir = temporaryDirectory('podlint-base-');
  git(dir, 'init', '-q', '-b', 'main');
  write(dir, 'deploy/app.yaml', `${deployment('{app: web}', 'nginx:1.27')}---\n${SERVICE}`);
  write(dir, 'README.md', 'not a manifest\n');
  git(dir, 'add', '.');
  git(dir, 'commit', '-q', '-m', 'first');
  write(dir, 'deploy/app.yaml', SERVICE);
  write(dir, 'k8s/web.yaml', second);
  git(dir, 'add', '.');
  git(dir, 'commit', '-q', '-m', 'second');
  return dir;
}

describe('readOldFromGit', () => {
  it('reads every manifest under the paths at the revision, without touching the work tree', async () => {
    const dir = repository(deployment('{app: web, tier: frontend}', 'nginx:1.27'));
    write(dir, 'deploy/app.yaml', 'uncommitted: change\n');
    const old = await readOldFromGit('HEAD~1', ['.'], dir);
    assert.deepEqual(
      old.map((input) => input.file),
      ['deploy/app.yaml'],
    );
    assert.match(old[0]?.text ?? '', /kind: Deployment[\s\S]*matchLabels: \{app: web\}/);
    assert.equal(git(dir, 'status', '--porcelain'), ' M deploy/app.yaml\n');
    assert.deepEqual(
      (await readOldFromGit('HEAD', ['k8s'], dir)).map((input) => input.file),
      ['k8s/web.yaml'],
    );
    assert.deepEqual(
      (await readOldFromGit('HEAD', ['k8s/*.yaml'], dir)).map((input) => input.file),
      ['k8s/web.yaml'],
    );
    assert.deepEqual(
      (await readOldFromGit('HEAD~1', ['k8s'], dir)).map((input) => input.file),
      [],
    );
  });

  it('names files relative to the working directory, also from a subdirectory', async () => {
    const dir = repository(deployment('{app: web}', 'nginx:1.28'));
    const old = await readOldFromGit('HEAD~1', ['../deploy'], join(dir, 'k8s'));
    assert.deepEqual(
      old.map((input) => input.file),
      ['../deploy/app.yaml'],
    );
  });

  it('refuses a revision that does not exist, and a path outside the repository', async () => {
    const dir = repository(deployment('{app: web}', 'nginx:1.28'));
    await assert.rejects(readOldFromGit('no-such-branch', ['.'], dir), /unknown revision "no-such-branch"/);
    await assert.rejects(readOldFromGit('--output=x', ['.'], dir), /not a git revision/);
    await assert.rejects(readOldFromGit('HEAD', ['..'], dir), /outside the git repository/);
    await assert.rejects(readOldFromGit('HEAD', ['.'], temporaryDirectory()), /not inside a git work tree/);
  });
});

describe('podlint --base', () => {
  it('reports a Deployment selector change at the new file and line, after the Deployment moved files', () => {
    const dir = repository(deployment('{app: web, tier: frontend}', 'nginx:1.27'));
    const run = podlint(['--base', 'HEAD~1', '--format', 'json', '.'], { cwd: dir });
    assert.equal(run.status, 1, run.stderr);
    const report = JSON.parse(run.stdout) as JsonReport;
    const found = report.results.filter((result) => result.ruleId.startsWith('immutable/'));
    assert.deepEqual(
      found.map(({ file, line, column, ruleId, severity, path }) => ({ file, line, column, ruleId, severity, path })),
      [
        {
          file: 'k8s/web.yaml',
          line: 7,
          column: 3,
          ruleId: 'immutable/workload-selector-changed',
          severity: 'error',
          path: 'spec.selector',
        },
      ],
    );
    assert.match(found[0]?.message ?? '', /field is immutable.*--cascade=orphan/);
    assert.equal(git(dir, 'status', '--porcelain'), '', 'the work tree is left as it was');
  });

  it('stays silent about allowed changes (an image bump and replicas)', () => {
    const dir = repository(deployment('{app: web}', 'nginx:1.28').replace('replicas: 2', 'replicas: 5'));
    const run = podlint(['--base', 'HEAD~1', '--format', 'json', '.'], { cwd: dir });
    const report = JSON.parse(run.stdout) as JsonReport;
    assert.deepEqual(
      report.results.filter((result) => result.ruleId.startsWith('immutable/')),
      [],
    );
  });

  it('fails with a clear message on an unknown revision', () => {
    const dir = repository(deployment('{app: web}', 'nginx:1.28'));
    const run = podlint(['--base', 'origin/nowhere', '.'], { cwd: dir });
    assert.equal(run.status, 2);
    assert.match(run.stderr, /--base origin\/nowhere: unknown revision "origin\/nowhere"/);
  });
});
