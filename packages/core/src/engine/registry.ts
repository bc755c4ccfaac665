import { checkRules } from '../rules/index.js';
import { readingRules } from './builtin-rules.js';
import type { Rule } from './rule.js';

export const allRules: readonly Rule[] = [...readingRules, ...checkRules];

const byId = new Map(allRules.map((rule) => [rule.meta.id, rule]));
if (byId.size !== allRules.length) throw new Error('two rules share an id');

export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}

export function ruleIds(): string[] {
  return [...byId.keys()];
}
