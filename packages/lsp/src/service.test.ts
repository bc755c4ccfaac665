import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { diagnose } from './service.js';

describe('diagnostics', () => {
  it('link the rule id to the rule page', () => {
    const text = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n      image: nginx:1.27\n      ports:\n        - containerPort: 80\n          protocol: tcp\n';
    const diagnostics = diagnose('file:///web.yaml', text);
    assert.deepEqual(diagnostics.map((d) => [d.code, d.codeDescription.href]), [['ports/protocol-unsupported', 'https://podlint.dev/rules/ports/protocol-unsupported']]);
  });
});
