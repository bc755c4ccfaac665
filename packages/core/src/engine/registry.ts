import { checkRules } from '../rules/index.js';
import { readingRules } from './builtin-rules.js';
import { currentRuleId } from './renamed-rules.js';
import type { Rule } from './rule.js';

export const allRules: readonly Rule[] = [...readingRules, ...checkRules];

const byId = new Map(allRules.map((rule) => [rule.meta.id, rule]));
if (byId.size !== allRules.length) throw new Error('two rules share an id');

/** The rule an id names; a renamed rule's old id names it too (see `renamedRuleId`). */
export function ruleById(id: string): Rule | undefined {
  return byId.get(id) ?? byId.get(renamedRuleId(id) ?? '');
}

/** The current id of a renamed rule's old id; undefined for any other id. */
export function renamedRuleId(id: string): string | undefined {
  const current = currentRuleId(id);
  return current === id ? undefined : current;
}

export function ruleIds(): string[] {
  return [...byId.keys()];
}
