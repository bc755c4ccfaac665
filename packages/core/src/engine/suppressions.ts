import { yamlComments } from '../load/comments.js';
import type { LoadedFile } from '../load/document.js';
import { LineIndex } from '../load/positions.js';
import { formatPath, type FieldPath } from '../model/path.js';
import { identityOf, type Resource } from '../model/resource.js';
import { asObject } from '../model/values.js';
import type { Finding, RuleSetting, SourceRange } from '../types.js';
import { closestMatch } from '../util/suggest.js';
import { renamedRuleId, ruleById, ruleIds } from './registry.js';
import { currentRuleId } from './renamed-rules.js';

/**
 * Everything about suppressions, in one place: the comment directives and the annotation, which
 * findings they hide, and the report of those that hide nothing.
 *
 * Comments: `# podlint-disable-next-line rule-a, rule-b -- reason` and `# podlint-disable rule-a`
 * (from that line to the end of the file); with no rule id, every rule. Only YAML comments count:
 * the parser decides which `#` starts a comment, so `set -e # podlint-disable` inside a block
 * scalar (a ConfigMap's script) is data and suppresses nothing.
 * Annotation: `podlint.io/ignore: "rule-a, rule-b"` (or `*`) on a resource.
 */

export const IGNORE_ANNOTATION = 'podlint.io/ignore';
export const UNUSED_DISABLE_RULE_ID = 'podlint/unused-disable';
export const UNKNOWN_RULE_ID = 'podlint/unknown-rule-id';
export const RENAMED_RULE_ID = 'podlint/renamed-rule-id';

/**
 * Findings no comment can hide: a file that cannot be read has no trustworthy comments (ESLint
 * does not let directives hide parse errors either).
 */
const UNSUPPRESSIBLE = new Set(['yaml/syntax', 'yaml/encoding']);

export interface Directive {
  kind: 'next-line' | 'rest-of-file';
  line: number;
  column: number;
  /** Empty means all rules. */
  ruleIds: string[];
  used: boolean;
}

const DIRECTIVE = /^#\s*podlint-(disable-next-line|disable)(?=\s|$)(.*)$/;

/** The directives of a text, from its YAML comments only. */
export function parseDirectives(text: string): Directive[] {
  const directives: Directive[] = [];
  if (!text.includes('podlint-disable')) return directives;
  let lines: LineIndex | undefined;
  for (const comment of yamlComments(text)) {
    const match = DIRECTIVE.exec(comment.source);
    if (!match) continue;
    const body = (match[2] ?? '').split(' -- ')[0] ?? '';
    lines ??= new LineIndex(text);
    const at = lines.position(comment.offset);
    directives.push({
      kind: match[1] === 'disable' ? 'rest-of-file' : 'next-line',
      line: at.line,
      column: at.column,
      ruleIds: body.split(/[\s,]+/).filter(Boolean),
      used: false,
    });
  }
  return directives;
}

function isSuppressedByComment(finding: Finding, directives: readonly Directive[]): boolean {
  if (UNSUPPRESSIBLE.has(finding.ruleId)) return false;
  let suppressed = false;
  for (const directive of directives) {
    // A renamed rule's old id suppresses it too (podlint/renamed-rule-id says which id to write).
    if (directive.ruleIds.length > 0 && !directive.ruleIds.some((id) => currentRuleId(id) === finding.ruleId)) continue;
    const line = finding.range.start.line;
    if (directive.kind === 'next-line' ? line === directive.line + 1 : line > directive.line) {
      directive.used = true;
      suppressed = true;
    }
  }
  return suppressed;
}

/** The rule ids of a resource's `podlint.io/ignore` annotation, if it has one. */
export function annotationRuleIds(resource: Resource): string[] | undefined {
  const annotations = asObject(asObject(resource.object.metadata)?.annotations);
  const value =
    annotations && Object.prototype.hasOwnProperty.call(annotations, IGNORE_ANNOTATION)
      ? annotations[IGNORE_ANNOTATION]
      : undefined;
  if (typeof value !== 'string') return undefined;
  return value
    .split(/[\s,]+/)
    .filter(Boolean)
    .map(currentRuleId);
}

/** A finding with the resource it was reported on, kept until suppressions are applied. */
export interface Reported {
  finding: Finding;
  resource?: Resource;
}

/**
 * The findings of one file that no suppression hides, sorted by position; with `reportUnused`,
 * plus one finding per directive or annotation entry that hid nothing.
 */
export function applySuppressions(
  file: LoadedFile,
  reported: readonly Reported[],
  resources: readonly Resource[],
  options: { reportUnused?: boolean; rules?: Readonly<Record<string, RuleSetting>> },
): Finding[] {
  const directives = parseDirectives(file.text);
  const annotationUse = new Map<Resource, Set<string>>();
  const kept = reported
    .filter(({ finding, resource: owner }) => {
      const ignored = owner ? annotationRuleIds(owner) : undefined;
      if (owner && ignored && (ignored.includes(finding.ruleId) || ignored.includes('*'))) {
        const used = annotationUse.get(owner) ?? new Set<string>();
        used.add(ignored.includes(finding.ruleId) ? finding.ruleId : '*');
        annotationUse.set(owner, used);
        return false;
      }
      return !isSuppressedByComment(finding, directives);
    })
    .map(({ finding }) => finding);
  kept.push(
    ...renamedIdFindings(
      directives,
      resources,
      options.rules?.[RENAMED_RULE_ID] ?? ruleById(RENAMED_RULE_ID)?.meta.severity ?? 'warning',
    ),
  );
  kept.push(
    ...unknownRuleIdFindings(
      directives,
      options.rules?.[UNKNOWN_RULE_ID] ?? ruleById(UNKNOWN_RULE_ID)?.meta.severity ?? 'warning',
    ),
  );
  const severity =
    options.rules?.[UNUSED_DISABLE_RULE_ID] ?? ruleById(UNUSED_DISABLE_RULE_ID)?.meta.severity ?? 'warning';
  if (options.reportUnused && severity !== 'off') {
    for (const directive of directives.filter((candidate) => !candidate.used)) {
      const range: SourceRange = {
        start: { line: directive.line, column: directive.column, offset: 0 },
        end: { line: directive.line, column: directive.column + 1, offset: 0 },
      };
      const what = directive.ruleIds.length ? directive.ruleIds.join(', ') : 'all rules';
      kept.push({
        ruleId: UNUSED_DISABLE_RULE_ID,
        severity,
        message: `unused suppression (${what}): nothing is reported here any more; remove the comment`,
        path: '',
        range,
      });
    }
    const annotationPath: FieldPath = ['metadata', 'annotations', IGNORE_ANNOTATION];
    for (const resource of resources) {
      const used = annotationUse.get(resource) ?? new Set<string>();
      for (const id of (annotationRuleIds(resource) ?? []).filter((candidate) => !used.has(candidate))) {
        kept.push({
          ruleId: UNUSED_DISABLE_RULE_ID,
          severity,
          message: `unused suppression: the annotation ${IGNORE_ANNOTATION} names ${id}, which reports nothing on this resource`,
          path: formatPath(annotationPath),
          range: resource.document.locate([...resource.basePath, ...annotationPath]),
          resource: identityOf(resource),
        });
      }
    }
  }
  return kept.sort(
    (a, b) =>
      a.range.start.line - b.range.start.line ||
      a.range.start.column - b.range.start.column ||
      a.ruleId.localeCompare(b.ruleId),
  );
}

/**
 * A suppression comment naming a rule that does not exist suppresses nothing, silently: the
 * finding it was meant for stays, or a misspelt id hides that the comment is dead. Warned, with
 * the id that was probably meant.
 */
function unknownRuleIdFindings(directives: readonly Directive[], severity: RuleSetting): Finding[] {
  if (severity === 'off') return [];
  const findings: Finding[] = [];
  for (const directive of directives) {
    for (const id of directive.ruleIds) {
      if (ruleById(id)) continue;
      const suggestion = closestMatch(id, ruleIds());
      const range: SourceRange = {
        start: { line: directive.line, column: directive.column, offset: 0 },
        end: { line: directive.line, column: directive.column + 1, offset: 0 },
      };
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

/** A warning for each renamed rule's old id in a suppression comment or annotation: it still works, but names the new id. */
function renamedIdFindings(
  directives: readonly Directive[],
  resources: readonly Resource[],
  severity: RuleSetting,
): Finding[] {
  if (severity === 'off') return [];
  const message = (id: string, current: string): string =>
    `rule "${id}" was renamed to "${current}"; write the new id (the old one still works for now)`;
  const findings: Finding[] = [];
  for (const directive of directives) {
    for (const id of directive.ruleIds) {
      const current = renamedRuleId(id);
      if (!current) continue;
      const at = { line: directive.line, column: directive.column, offset: 0 };
      findings.push({
        ruleId: RENAMED_RULE_ID,
        severity,
        message: message(id, current),
        path: '',
        range: { start: at, end: { ...at, column: at.column + 1 } },
      });
    }
  }
  const path: FieldPath = ['metadata', 'annotations', IGNORE_ANNOTATION];
  for (const resource of resources) {
    const annotations = asObject(asObject(resource.object.metadata)?.annotations);
    const written =
      annotations && Object.prototype.hasOwnProperty.call(annotations, IGNORE_ANNOTATION)
        ? annotations[IGNORE_ANNOTATION]
        : undefined;
    if (typeof written !== 'string') continue;
    for (const id of written.split(/[\s,]+/)) {
      const current = renamedRuleId(id);
      if (!current) continue;
      findings.push({
        ruleId: RENAMED_RULE_ID,
        severity,
        message: message(id, current),
        path: formatPath(path),
        range: resource.document.locate([...resource.basePath, ...path]),
        resource: identityOf(resource),
      });
    }
  }
  return findings;
}
