// Issue 19 item 7: control characters from the input never reach the terminal raw.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { printable } from '../../packages/cli/src/printable.js';
import { CONFIG_MAP, runCli, TERMINAL_CONTROL, workspace } from './support.js';

const TITLE_CHANGE = '\u001b]0;pwned\u0007';
const CLEAR_SCREEN = '\u001b[2J';

describe('terminal escape injection (item 7)', () => {
  it('shows ESC, BEL, CR and bidi overrides as escapes', () => {
    assert.equal(printable(`a${TITLE_CHANGE}b\rc\u202ed\te`), 'a\\e]0;pwned\\x07b\\rc\\u202ed\te');
  });

  it('stylish output: names and values with control characters come out escaped', async () => {
    const name = `bad${CLEAR_SCREEN}name\r`;
    const dir = workspace({
      [`evil${TITLE_CHANGE}.yaml`]: `apiVersion: v1\nkind: Pod\nmetadata:\n  name: "${name.replace(/\u001b/g, '\\e').replace(/\r/g, '\\r')}"\nspec:\n  containers:\n  - name: "c\\a"\n    image: nginx\n    ports:\n    - containerPort: 80\n      protocol: "t\\ecp"\n`,
    });
    const result = await runCli(['.'], { cwd: dir, isTTY: true, env: {} });
    assert.equal(result.status, 1);
    // Colour codes are podlint's own; everything else that a terminal acts on is escaped.
    const withoutColours = result.stdout.replace(/\u001b\[\d+m/g, '');
    assert.doesNotMatch(withoutColours, TERMINAL_CONTROL);
    assert.match(withoutColours, /evil\\e\]0;pwned\\x07\.yaml/);
    assert.match(withoutColours, /t\\(e|u001b)cp/);
  });

  it('stderr: file names and config-supplied rule ids are escaped', async () => {
    const dir = workspace({ '.podlint.yaml': 'rules:\n  "ports/x\\e]0;pwned\\a": off\n', 'ok.yaml': CONFIG_MAP });
    const config = await runCli(['ok.yaml'], { cwd: dir });
    assert.equal(config.status, 2);
    assert.doesNotMatch(config.stderr, TERMINAL_CONTROL);
    assert.match(config.stderr, /ports\/x\\e\]0;pwned\\x07/);

    const missing = await runCli([`gone${CLEAR_SCREEN}.yaml`], { cwd: workspace({}) });
    assert.equal(missing.status, 2);
    assert.doesNotMatch(missing.stderr, TERMINAL_CONTROL);
    assert.match(missing.stderr, /gone\\e\[2J\.yaml/);
  });
});
