// Issue 19 item 5: --fix replaces only the scalar's own span, and refuses to write a structural change.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fixText } from '../../packages/core/src/engine/fix-text.js';
import { structureChange } from '../../packages/core/src/fix/structure.js';
import { runCli, workspace } from './support.js';

const pod = (policy: string, after: string): string => `apiVersion: v1
kind: Pod
metadata:
  name: p
spec:
  restartPolicy: ${policy}
${after}  containers: [{name: c, image: nginx}]
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: next
`;

const CASES: Record<string, { policy: string; after: string; fixed: string }> = {
  'folded, then a comment': { policy: '>-\n    always', after: '# keep me\n', fixed: 'Always' },
  'literal, then a blank line': { policy: '|-\n    always\n', after: '', fixed: 'Always' },
  'a comment on the header': { policy: '>- # why\n    always', after: '', fixed: 'Always # why' },
  'indentation indicator, then blank lines and a comment': {
    policy: '>2-\n    always\n\n',
    after: '  # indented comment\n',
    fixed: 'Always',
  },
};

describe('--fix on block scalars (item 5)', () => {
  for (const [name, { policy, after, fixed }] of Object.entries(CASES)) {
    it(`${name}: only the value changes`, () => {
      const text = pod(policy, after);
      const result = fixText({ file: 'p.yaml', text });
      assert.equal(result.fixed, 1);
      // Everything from the line after the value on is byte-identical.
      const tail = text.slice(text.indexOf(policy) + policy.trimEnd().length);
      assert.ok(result.text.endsWith(tail), result.text);
      assert.match(result.text, new RegExp(`restartPolicy: ${fixed.replace(/[#]/g, '\\$&')}\\n`));
      assert.equal(structureChange(text, result.text), undefined);
    });
  }

  it('the block scalar at the end of a document, before ---: the next document stays a document', async () => {
    const text =
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers: [{name: c, image: nginx}]\n  restartPolicy: >-\n    always\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: next\n';
    const dir = workspace({ 'p.yaml': text });
    const result = await runCli(['--fix', 'p.yaml'], { cwd: dir });
    assert.equal(result.status, 0, result.stdout + result.stderr);
    assert.equal(readFileSync(join(dir, 'p.yaml'), 'utf8'), text.replace('>-\n    always', 'Always'));
  });

  it('the write-safety check compares documents, keys, lengths and comments', () => {
    const text = 'a: 1\n# note\nb: [1, 2]\n---\nc: x\n';
    assert.equal(structureChange(text, text.replace('1\n', '2\n')), undefined);
    assert.match(structureChange(text, 'a: 1\n# note\nb: [1, 2]\nc: x\n') ?? '', /documents/);
    assert.match(structureChange(text, text.replace('# note\n', '')) ?? '', /comment/);
    assert.match(structureChange(text, text.replace('[1, 2]', '[1]')) ?? '', /items/);
    assert.match(structureChange(text, text.replace('b:', 'd:')) ?? '', /keys/);
    assert.match(structureChange(text, text.replace('a: 1', 'a: {x: 1}')) ?? '', /scalar to a mapping/);
  });
});
