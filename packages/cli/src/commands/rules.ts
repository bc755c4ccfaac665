import { allRules } from '@podlint/core';

/** `podlint rules`: every rule with its default severity, whether it fixes, and what it checks. */
export function rulesCommand(format: string): string {
  const rules = allRules.map((rule) => ({ ...rule.meta }));
  if (format === 'json') return `${JSON.stringify({ version: 1, rules })}\n`;
  const width = Math.max(...rules.map((rule) => rule.id.length));
  return `${rules.map((rule) => `${rule.id.padEnd(width)}  ${rule.severity.padEnd(7)}  ${rule.fixable ? 'fix' : '   '}  ${rule.description}`).join('\n')}\n`;
}
