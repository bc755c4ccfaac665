import {
  allRules,
  closestMatch,
  defaultSetting,
  renamedRuleId,
  ruleById,
  ruleDocsUrl,
  ruleHelp,
  ruleIds,
  type Rule,
} from '@podlint/core';
import type { CliIo } from '../io.js';

/** `podlint rules`: every rule; `podlint rules ID…`: those rules' pages (a renamed id names its rule). */
export function rulesCommand(ids: readonly string[], format: string, io: CliIo): number {
  if (ids.length === 0) {
    io.stdout(listRules(format));
    return 0;
  }
  const rules: Rule[] = [];
  for (const id of ids) {
    const rule = ruleById(id);
    if (!rule) {
      const suggestion = closestMatch(id, ruleIds());
      io.stderr(
        `podlint: unknown rule id "${id}"${suggestion ? `; did you mean "${suggestion}"?` : ''}\nRun \`podlint rules\` for the list.\n`,
      );
      return 2;
    }
    const renamed = renamedRuleId(id);
    if (renamed) io.stderr(`podlint: warning: rule "${id}" was renamed to "${renamed}"; use the new id\n`);
    rules.push(rule);
  }
  if (format === 'json') {
    io.stdout(
      `${JSON.stringify({ version: 1, rules: rules.map((rule) => ({ ...rule.meta, help: ruleHelp(rule), url: ruleDocsUrl(rule.meta.id) })) })}\n`,
    );
  } else {
    io.stdout(rules.map((rule) => `${ruleHelp(rule).trimEnd()}\n\n${ruleDocsUrl(rule.meta.id)}\n`).join('\n'));
  }
  return 0;
}

/** Every rule with what it does by default (`off` when not recommended), whether it fixes, and what it checks. */
function listRules(format: string): string {
  if (format === 'json')
    return `${JSON.stringify({ version: 1, rules: allRules.map((rule) => ({ ...rule.meta, help: ruleHelp(rule) })) })}\n`;
  const width = Math.max(...allRules.map((rule) => rule.meta.id.length));
  return `${allRules.map((rule) => `${rule.meta.id.padEnd(width)}  ${defaultSetting(rule).padEnd(7)}  ${rule.meta.fixable ? 'fix' : '   '}  ${rule.meta.description}`).join('\n')}\n`;
}
