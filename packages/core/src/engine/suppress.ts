import type { Finding } from '../types.js';
import { currentRuleId } from './renamed-rules.js';

/**
 * In-file suppressions. Comments: `# podlint-disable-next-line rule-a, rule-b -- reason` and
 * `# podlint-disable rule-a` (from that line to the end of the file). With no rule id, every rule.
 * Annotations: `podlint.io/ignore: "rule-a, rule-b"` on a resource (handled by the engine).
 */
export interface Directive {
  kind: 'next-line' | 'rest-of-file';
  line: number;
  /** Empty means all rules. */
  ruleIds: string[];
  column: number;
  used: boolean;
}

const DIRECTIVE = /(?:^|\s)#\s*podlint-(disable-next-line|disable)(?=\s|$)([^\n]*)/;

export function parseDirectives(text: string): Directive[] {
  const directives: Directive[] = [];
  if (!text.includes('podlint-disable')) return directives;
  const lines = text.split('\n');
  lines.forEach((raw, i) => {
    const match = DIRECTIVE.exec(raw);
    if (!match) return;
    const body = (match[2] ?? '').split(' -- ')[0] ?? '';
    const ruleIds = body.split(/[\s,]+/).map((id) => id.trim()).filter(Boolean);
    directives.push({
      kind: match[1] === 'disable' ? 'rest-of-file' : 'next-line',
      line: i + 1,
      ruleIds,
      column: match.index + raw.slice(match.index).indexOf('#') + 1,
      used: false,
    });
  });
  return directives;
}

export function isSuppressedByComment(finding: Finding, directives: Directive[]): boolean {
  let suppressed = false;
  for (const directive of directives) {
    const matchesRule = directive.ruleIds.length === 0 || directive.ruleIds.some((id) => currentRuleId(id) === finding.ruleId);
    if (!matchesRule) continue;
    const line = finding.range.start.line;
    const applies = directive.kind === 'next-line' ? line === directive.line + 1 : line > directive.line;
    if (applies) {
      directive.used = true;
      suppressed = true;
    }
  }
  return suppressed;
}

export const IGNORE_ANNOTATION = 'podlint.io/ignore';

export function annotationRuleIds(annotations: unknown): string[] | undefined {
  if (typeof annotations !== 'object' || annotations === null) return undefined;
  const value = (annotations as Record<string, unknown>)[IGNORE_ANNOTATION];
  if (typeof value !== 'string') return undefined;
  // A renamed rule's old id suppresses it too (podlint/renamed-rule-id says which id to write).
  return value.split(/[\s,]+/).map((id) => id.trim()).filter(Boolean).map(currentRuleId);
}
