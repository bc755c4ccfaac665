import { allRules, defaultSetting } from '@podlint/core';

/** `podlint rules`: every rule with what it does by default (`off` when not recommended), whether it fixes, and what it checks. */
export function rulesCommand(format: string): string {
  if (format === 'json') return `${JSON.stringify({ version: 1, rules: allRules.map((rule) => ({ ...rule.meta })) })}\n`;
  const width = Math.max(...allRules.map((rule) => rule.meta.id.length));
  return `${allRules.map((rule) => `${rule.meta.id.padEnd(width)}  ${defaultSetting(rule).padEnd(7)}  ${rule.meta.fixable ? 'fix' : '   '}  ${rule.meta.description}`).join('\n')}\n`;
}
