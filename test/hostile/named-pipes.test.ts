// Issue 19 item 4: a named pipe, wherever podlint is told to read one, is reported and never blocks.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { PODLINT } from '../support/cli.js';
import { CONFIG_MAP, workspace, type JsonReport } from './support.js';

const NOT_REGULAR = /named pipe \(FIFO\), not a regular file/;

function withFifo(files: Record<string, string>, fifo: string): string {
  const dir = workspace(files);
  const made = spawnSync('mkfifo', [join(dir, fifo)]);
  assert.equal(made.status, 0, 'mkfifo is needed for this test');
  return dir;
}

/** The built CLI in a child process with a timeout: a regression would block forever on open(). */
function podlint(
  args: readonly string[],
  options: { cwd: string },
): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(PODLINT, [...args], {
    cwd: options.cwd,
    encoding: 'utf8',
    timeout: 30_000,
    env: { ...process.env, NO_COLOR: '1' },
  });
  assert.equal(result.signal, null, `podlint ${args.join(' ')} hung`);
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('named pipes (item 4)', () => {
  it('a FIFO named on the command line is reported (exit 2) and the good file is linted', () => {
    const dir = withFifo({ 'good.yaml': CONFIG_MAP }, 'fifo.yaml');
    const result = podlint(['--format', 'json', 'fifo.yaml', 'good.yaml'], { cwd: dir });
    assert.equal(result.status, 2);
    assert.match(result.stderr, /fifo\.yaml: a named pipe/);
    assert.equal((JSON.parse(result.stdout) as JsonReport).summary.resources, 1);
  });

  it('--old, --crd and crds: naming a FIFO are reported, not waited on', () => {
    for (const args of [
      ['--old', 'fifo.yaml'],
      ['--crd', 'fifo.yaml'],
    ]) {
      const dir = withFifo({ 'good.yaml': CONFIG_MAP }, 'fifo.yaml');
      const result = podlint([...args, 'good.yaml'], { cwd: dir });
      assert.equal(result.status, 2, args.join(' '));
      assert.match(result.stderr, NOT_REGULAR);
    }
    const dir = withFifo({ 'good.yaml': CONFIG_MAP, '.podlint.yaml': 'crds: [fifo.yaml]\n' }, 'fifo.yaml');
    const result = podlint(['good.yaml'], { cwd: dir });
    assert.equal(result.status, 2);
    assert.match(result.stderr, NOT_REGULAR);
  });

  it('a .podlint.yaml that is a FIFO is a config error naming it', () => {
    const dir = withFifo({ 'good.yaml': CONFIG_MAP }, '.podlint.yaml');
    const result = podlint(['good.yaml'], { cwd: dir });
    assert.equal(result.status, 2);
    assert.match(result.stderr, /\.podlint\.yaml.*named pipe/);
  });
});
