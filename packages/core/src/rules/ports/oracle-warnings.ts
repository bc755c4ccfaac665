/**
 * Test support for the `api-warning` rules: the RuleTester checks that the oracle accepts their
 * invalid cases; this also checks that it sends the very warning text the finding starts with.
 * Only tests import this file.
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { askOracle } from '../../../../../test/support/oracle-client.js';
import { lint } from '../../engine/lint.js';
import type { Rule } from '../../engine/rule.js';

export function itSendsTheSameWarnings(rule: Rule, cases: ReadonlyArray<{ name: string; code: string }>): void {
  for (const testCase of cases) {
    it(`${rule.meta.id}: the API server sends the warning of "${testCase.name}"`, async () => {
      const findings = (lint([{ file: 'case.yaml', text: testCase.code }], { onlyRules: [rule] }).files[0]?.findings ?? []).filter((f) => f.ruleId === rule.meta.id);
      assert.ok(findings.length > 0, 'the case must produce findings');
      const warnings = (await askOracle(testCase.code)).flatMap((verdict) => verdict.warnings);
      for (const finding of findings) {
        const sent = finding.message.split(" (the API server's warning)")[0] ?? '';
        assert.ok(warnings.includes(sent), `the API server does not send "${sent}"; it sends ${JSON.stringify(warnings)}`);
      }
    });
  }
}
