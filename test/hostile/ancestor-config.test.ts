// Issue 19 item 12: a config above the repository root never applies, and an ignored explicit file is never dropped in silence.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { CONFIG_MAP, runCli, workspace, type JsonReport } from './support.js';

describe('ancestor configs (item 12)', () => {
  it('the upward search stops at the repository root: a parent\'s ignore: ["**"] does not apply', async () => {
    const dir = workspace({ '.podlint.yaml': 'ignore: ["**"]\n', 'repo/a.yaml': CONFIG_MAP });
    mkdirSync(join(dir, 'repo', '.git'));
    const result = await runCli(['--format', 'json', 'a.yaml', '.'], { cwd: join(dir, 'repo') });
    assert.equal(result.status, 0, result.stderr);
    assert.equal((JSON.parse(result.stdout) as JsonReport).summary.resources, 1);
    assert.equal(result.stderr, '');
  });

  it("a file named on the command line that the project's ignore globs match is reported on stderr, not dropped silently", async () => {
    const dir = workspace({
      '.podlint.yaml': 'ignore: ["generated/**"]\n',
      'generated/a.yaml': CONFIG_MAP,
      'b.yaml': CONFIG_MAP,
    });
    mkdirSync(join(dir, '.git'));
    const result = await runCli(['--format', 'json', 'generated/a.yaml', 'b.yaml'], { cwd: dir });
    assert.equal(result.status, 0);
    assert.match(result.stderr, /generated\/a\.yaml: not linted: the ignore globs of .*\.podlint\.yaml match it/);
    assert.equal((JSON.parse(result.stdout) as JsonReport).summary.files, 1);
  });
});
