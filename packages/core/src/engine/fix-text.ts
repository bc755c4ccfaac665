import { applyEdits } from '../fix/apply.js';
import type { Finding } from '../types.js';
import { lint, type FileResult, type LintInput, type LintOptions } from './lint.js';

/**
 * Applies fixes in passes until none is left, re-linting after each: fixes are kept only when the
 * result has no error the text before them lacked (a fix must never make a file worse). When a
 * pass would add one, its fixes are tried one at a time, and a fix that causes a new error is not
 * applied: its finding loses the fix and says why.
 */
export function fixText(
  input: LintInput,
  options: LintOptions = {},
): { text: string; fixed: number; result: FileResult; keyRenames: Array<{ from: string; to: string }> } {
  const lintText = (text: string): FileResult =>
    lint([{ file: input.file, text }], options).files[0] ?? { file: input.file, findings: [], resources: [] };
  let text = input.text;
  let current = lintText(text);
  let fixed = 0;
  const keyRenames: Array<{ from: string; to: string }> = [];
  const renamesOf = (findings: readonly Finding[]): Array<{ from: string; to: string }> =>
    findings.flatMap((finding) => finding.fix?.keyRenames ?? []);
  // Why a fix is refused: the error it would cause, or null for a fix that changes nothing.
  const refused = new Map<string, Finding | null>();
  for (let attempt = 0; attempt < 50; attempt++) {
    const candidates = current.findings.filter((finding) => finding.fix && !refused.has(findingKey(finding)));
    if (candidates.length === 0) break;
    const together = applyEdits(
      text,
      candidates.flatMap((finding) => finding.fix?.edits ?? []),
    );
    if (together.applied === 0) break;
    const next = lintText(together.text);
    if (!newError(current, next)) {
      keyRenames.push(...renamesOf(candidates));
      [text, current, fixed] = [together.text, next, fixed + together.applied];
      continue;
    }
    const first = candidates[0];
    if (!first) break;
    const alone = applyEdits(text, first.fix?.edits ?? []);
    const afterAlone = alone.applied > 0 ? lintText(alone.text) : current;
    const caused = alone.applied > 0 ? newError(current, afterAlone) : undefined;
    if (caused || alone.applied === 0) refused.set(findingKey(first), caused ?? null);
    else {
      keyRenames.push(...renamesOf([first]));
      [text, current, fixed] = [alone.text, afterAlone, fixed + alone.applied];
    }
  }
  const findings = current.findings.map((finding) => {
    const caused = finding.fix ? refused.get(findingKey(finding)) : undefined;
    if (!caused) return finding;
    const { fix: _refusedFix, ...rest } = finding;
    return {
      ...rest,
      message: `${finding.message} (not fixed by --fix: the fix would cause ${caused.ruleId} at line ${caused.range.start.line}: ${caused.message})`,
    };
  });
  return { text, fixed, result: { ...current, findings }, keyRenames };
}

/** A finding's identity across edits that move it: the rule, the object and the field. */
function findingKey(finding: Finding): string {
  const resource = finding.resource
    ? `${finding.resource.apiVersion}/${finding.resource.kind}/${finding.resource.namespace ?? ''}/${finding.resource.name ?? ''}`
    : '';
  return `${finding.ruleId}\u0000${resource}\u0000${finding.path}`;
}

/** An error in `after` that `before` does not have (counting repeats), if any. */
function newError(before: FileResult, after: FileResult): Finding | undefined {
  const counts = new Map<string, number>();
  for (const finding of before.findings)
    if (finding.severity === 'error') counts.set(findingKey(finding), (counts.get(findingKey(finding)) ?? 0) + 1);
  for (const finding of after.findings) {
    if (finding.severity !== 'error') continue;
    const left = counts.get(findingKey(finding)) ?? 0;
    if (left === 0) return finding;
    counts.set(findingKey(finding), left - 1);
  }
  return undefined;
}
