import type { Finding, RuleSetting, SourceRange } from '../types.js';
import { closestMatch } from '../util/suggest.js';
import { ruleById, ruleIds } from './registry.js';
import type { Directive } from './suppress.js';

export const UNKNOWN_RULE_ID = 'podlint/unknown-rule-id';

/**
 * A suppression comment naming a rule that does not exist suppresses nothing, silently: the
 * finding it was meant for stays, or a misspelt id hides that the comment is dead. Warned, with
 * the id that was probably meant.
 */
export function unknownRuleIdFindings(directives: readonly Directive[], severity: RuleSetting): Finding[] {
  if (severity === 'off') return [];
  const findings: Finding[] = [];
  for (const directive of directives) {
    for (const id of directive.ruleIds) {
      if (ruleById(id)) continue;
      const suggestion = closestMatch(id, ruleIds());
      const range: SourceRange = { start: { line: directive.line, column: directive.column, offset: 0 }, end: { line: directive.line, column: directive.column + 1, offset: 0 } };
      findings.push({
        ruleId: UNKNOWN_RULE_ID,
        severity,
        message: `the suppression names "${id}", which is not a podlint rule, so it suppresses nothing${suggestion ? `; did you mean "${suggestion}"?` : '; run `podlint rules` for the list'}`,
        path: '',
        range,
      });
    }
  }
  return findings;
}
