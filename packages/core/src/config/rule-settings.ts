import { ruleById, ruleIds } from '../engine/registry.js';
import type { RuleSetting } from '../types.js';
import { closestMatch } from '../util/suggest.js';

/** The severities a rule can be set to, as written in a config or with `--rule`. */
export const RULE_SETTING_NAMES = ['off', 'info', 'warning', 'error'] as const;

/** podlint's names, and ESLint's `warn`, which people type from habit. */
export function parseRuleSetting(text: string): RuleSetting | undefined {
  if (text === 'warn') return 'warning';
  return (RULE_SETTING_NAMES as readonly string[]).includes(text) ? (text as RuleSetting) : undefined;
}

export function isRuleGlob(key: string): boolean {
  return /[*?]/.test(key);
}

function globToRegExp(glob: string): RegExp {
  const source = glob
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${source}$`);
}

/**
 * The rule ids a key names: the id itself (or the id a renamed rule now has), or every id that a
 * glob such as `probes/*` matches. An error message when it names none.
 */
export function ruleIdsFor(key: string): { ids: string[]; error?: string } {
  if (isRuleGlob(key)) {
    const pattern = globToRegExp(key);
    const ids = ruleIds().filter((id) => pattern.test(id));
    return ids.length > 0 ? { ids } : { ids, error: `"${key}" matches no rule id; run \`podlint rules\` for the list` };
  }
  const rule = ruleById(key);
  if (rule) return { ids: [rule.meta.id] };
  const suggestion = closestMatch(key, ruleIds());
  return {
    ids: [],
    error: `unknown rule id "${key}"${suggestion ? `; did you mean "${suggestion}"?` : '; run `podlint rules` for the list'}`,
  };
}

/**
 * Settings in the order written, expanded to rule ids: a later entry overrides an earlier one, so
 * `probes/*: off` followed by `probes/liveness-missing: warning` turns on that one rule.
 */
export function expandRuleSettings(
  entries: Iterable<readonly [string, RuleSetting]>,
  into: Record<string, RuleSetting> = {},
): Record<string, RuleSetting> {
  const rules = { ...into };
  for (const [key, setting] of entries) for (const id of ruleIdsFor(key).ids) rules[id] = setting;
  return rules;
}
