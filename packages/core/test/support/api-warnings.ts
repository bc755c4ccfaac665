/**
 * Test support for `api-warning` rules: the RuleTester checks that the oracle accepts their invalid
 * cases; this checks that the API server sends, word for word, the warning each finding quotes.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { askOracle } from '../../../../test/support/oracle-client.js';
import { lint } from '../../src/engine/lint.js';
import type { Rule } from '../../src/engine/rule.js';
import { quotedApiWarning } from '../../src/model/api-warnings.js';
import { isCollectingRuleCases } from './rule-tester.js';

export function itSendsTheSameWarnings(rule: Rule, cases: ReadonlyArray<{ name: string; code: string }>): void {
  if (isCollectingRuleCases()) return;
  describe(`${rule.meta.id} quotes the API server's warnings`, () => {
    for (const testCase of cases) {
      it(testCase.name, async () => {
        const findings = lint([{ file: 'case.yaml', text: testCase.code }], { onlyRules: [rule] })
          .files.flatMap((file) => file.findings)
          .filter((finding) => finding.ruleId === rule.meta.id);
        assert.ok(findings.length > 0, 'the case must produce findings');
        const warnings = (await askOracle(testCase.code)).flatMap((verdict) => verdict.warnings);
        for (const finding of findings) {
          const quoted = quotedApiWarning(finding.message);
          assert.ok(quoted !== undefined, `"${finding.message}" quotes no warning of the API server`);
          assert.ok(
            warnings.includes(quoted),
            `the API server does not send "${quoted}"; it sends ${JSON.stringify(warnings)}`,
          );
        }
      });
    }
  });
}
