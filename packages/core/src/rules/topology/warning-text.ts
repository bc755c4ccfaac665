import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { askOracle } from '../../../../../test/support/oracle-client.js';
import { lint } from '../../engine/lint.js';
import type { Rule } from '../../engine/rule.js';

/**
 * For `api-warning` rules: each finding's message must begin with a warning the API server (the
 * oracle) sends for the same manifest, word for word, so users see what `kubectl apply` prints.
 */
export function checkWarningTexts(rule: Rule, cases: Array<{ name: string; code: string }>): void {
  describe(`${rule.meta.id} sends the API server's warning text`, () => {
    for (const testCase of cases) {
      it(testCase.name, async () => {
        const findings = lint([{ file: 'case.yaml', text: testCase.code }], { onlyRules: [rule] }).files.flatMap((file) => file.findings);
        assert.ok(findings.length > 0, 'the case must produce findings');
        const warnings = (await askOracle(testCase.code)).flatMap((verdict) => verdict.warnings);
        for (const finding of findings) {
          assert.ok(warnings.some((warning) => finding.message.startsWith(warning)), `"${finding.message}" does not start with any oracle warning: ${JSON.stringify(warnings)}`);
        }
      });
    }
  });
}
