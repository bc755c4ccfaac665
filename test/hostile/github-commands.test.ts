// Issue 19 item 8: no input can start a GitHub Actions workflow command.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runCli, workspace } from './support.js';

/** A line GitHub's runner would execute: `::command` at the start of a line. */
const WORKFLOW_COMMAND = /^::/;

function commandLines(output: string): string[] {
  return output.split(/\r?\n|\r/).filter((line) => WORKFLOW_COMMAND.test(line));
}

describe('workflow-command injection (item 8)', () => {
  it('a file name with a line break and ::add-mask:: stays inside one annotation', async () => {
    const evil = 'x\n::add-mask::secret\n::error file=a,line=1::forged.yaml';
    const dir = workspace({ [evil]: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers: []\n' });
    const result = await runCli(['--format', 'github', evil], { cwd: dir });
    const commands = commandLines(result.stdout);
    assert.ok(commands.length >= 1);
    for (const line of commands)
      assert.match(
        line,
        /^::(error|warning|notice) file=x%0A%3A%3Aadd-mask%3A%3Asecret%0A%3A%3Aerror file=a%2Cline=1%3A%3Aforged\.yaml,line=/,
      );
    assert.deepEqual(commandLines(result.stderr), []);
  });

  it('names of unreadable inputs on stderr cannot start a command', async () => {
    const dir = workspace({});
    const result = await runCli(
      ['--format', 'github', 'a\n::add-mask::x\r::error::y.yaml', '--old', 'b\n::warning::z'],
      { cwd: dir },
    );
    assert.equal(result.status, 2);
    assert.deepEqual(commandLines(result.stderr), []);
    // Unreadable inputs are annotations of their own, one per input, their names escaped inside them:
    // no other command (an ::add-mask::, a ::warning::) can start a line.
    const commands = commandLines(result.stdout);
    assert.equal(commands.length, 2);
    for (const line of commands)
      assert.match(line, /^::error file=[^:]*,line=1,col=1,[^:]*title=podlint\/unreadable-input::/);
    assert.equal(commands.length, result.stdout.trim().split('\n').length);
  });

  it('messages keep GitHub escapes for %, CR and LF, and escape other controls', async () => {
    const dir = workspace({
      'p.yaml':
        'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: c\n    image: nginx\n    ports:\n    - containerPort: 80\n      protocol: "100%\\r\\n::error::x\\e"\n',
    });
    const result = await runCli(['--format', 'github', 'p.yaml'], { cwd: dir });
    assert.equal(result.status, 1);
    assert.match(result.stdout, /100%25(%0D%0A|\\r\\n)::error::x\\(e|u001b)/);
    assert.equal(commandLines(result.stdout).length, result.stdout.trim().split('\n').length);
  });
});
