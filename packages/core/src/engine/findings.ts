import type { LoadedDocument, LoadProblem } from '../load/document.js';
import { formatPath, type FieldPath } from '../model/path.js';
import { identityOf, type Resource } from '../model/resource.js';
import { renderScalar } from '../fix/apply.js';
import type { Finding, Fix, RuleSetting, SourceRange, TextEdit } from '../types.js';
import { ruleById } from './registry.js';
import { defaultSetting, formatMessage, type FixIntent, type ReportDescriptor, type Rule } from './rule.js';
import type { Reported } from './suppressions.js';
import type { LintOptions } from './lint.js';

// Findings as rules report them: severity, message, positions (resolved document by document) and fixes.

/**
 * Findings one rule reports on one resource before the rest are summed up in one last finding
 * ("and N more"). Pairwise checks on hostile input (thousands of containers on one port) could
 * otherwise report enough to exhaust memory; no one reads past the first hundred anyway.
 */
export const FINDINGS_PER_RULE_PER_RESOURCE = 100;

/** What a rule's severity depends on. */
type SeverityOptions = Pick<LintOptions, 'rules' | 'onlyRules'>;
/** Rules chosen by `onlyRules` (tests, tools) run even when they are not recommended. */
export function severityOf(rule: Rule, options: SeverityOptions): RuleSetting {
  return options.rules?.[rule.meta.id] ?? (options.onlyRules ? rule.meta.severity : defaultSetting(rule));
}

export function toFinding(
  rule: Rule,
  descriptor: ReportDescriptor,
  options: SeverityOptions,
  positions: PositionQueue,
): Finding | undefined {
  const severity = severityOf(rule, options);
  if (severity === 'off') return undefined;
  const { resource } = descriptor;
  const finding: Finding = {
    ruleId: rule.meta.id,
    severity,
    message: formatMessage(rule.meta, descriptor),
    ...(descriptor.messageId !== undefined ? { messageId: descriptor.messageId } : {}),
    path: formatPath(descriptor.path),
    range: UNRESOLVED,
    resource: identityOf(resource),
  };
  positions.later(resource.document, () => {
    finding.range = locate(resource, descriptor.path);
    const fix = descriptor.fix ? toFix(resource, descriptor.fix) : undefined;
    if (fix) finding.fix = fix;
  });
  if (descriptor.related?.length) {
    const related = descriptor.related.map((entry) => ({
      file: (entry.resource ?? resource).file,
      message: entry.message,
      path: formatPath(entry.path),
      range: UNRESOLVED,
    }));
    finding.related = related;
    descriptor.related.forEach((entry, i) => {
      const owner = entry.resource ?? resource;
      positions.later(owner.document, () => {
        const target = related[i];
        if (target) target.range = locate(owner, entry.path);
      });
    });
  }
  return finding;
}

const UNRESOLVED: SourceRange = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };

/**
 * Positions are resolved after every rule has run, document by document. A file too large to keep
 * its syntax trees parses a document again to find a position; rules report rule by rule, so
 * resolving each finding at once parsed a large List again for every finding (quadratic: 8 MiB
 * took over a minute). Grouped by document, each is parsed again at most once.
 */
export class PositionQueue {
  private readonly byDocument = new Map<LoadedDocument, Array<() => void>>();

  later(document: LoadedDocument, resolve: () => void): void {
    const queued = this.byDocument.get(document);
    if (queued) queued.push(resolve);
    else this.byDocument.set(document, [resolve]);
  }

  resolve(): void {
    for (const queued of this.byDocument.values()) for (const resolve of queued) resolve();
    this.byDocument.clear();
  }
}

export function locate(resource: Resource, path: FieldPath): SourceRange {
  return resource.document.locate([...resource.basePath, ...path]);
}

function toFix(resource: Resource, intent: FixIntent): Fix | undefined {
  const edits: TextEdit[] = [];
  const keyRenames: Array<{ from: string; to: string }> = [];
  for (const change of intent.replaceValues) {
    const range = resource.document.locateValue([...resource.basePath, ...change.path]);
    if (!range) return undefined;
    const span = replaceableSpan(resource.document.text, range.start.offset, range.end.offset);
    edits.push({
      start: span.start,
      end: span.end,
      text: renderScalar(change.value, resource.document.text.slice(span.start, span.end)) + span.keep,
    });
  }
  for (const rename of intent.renameKeys ?? []) {
    const range = resource.document.locate([...resource.basePath, ...rename.path]);
    // Only a key written exactly as its name (not quoted, not a parent found instead) is renamed.
    if (
      resource.document.text.slice(range.start.offset, range.end.offset) !== String(rename.path[rename.path.length - 1])
    )
      return undefined;
    edits.push({ start: range.start.offset, end: range.end.offset, text: rename.name });
    keyRenames.push({ from: String(rename.path[rename.path.length - 1]), to: rename.name });
  }
  return { description: intent.description, edits, ...(keyRenames.length > 0 ? { keyRenames } : {}) };
}

/**
 * The part of a scalar's source a fix may replace: never the line break that ends a block scalar
 * (`>-` and its lines, whose node range ends after the newline: replacing that pulled the next
 * line, a comment or a `---`, into the value), and a comment on a block scalar's header line is
 * kept after the new value.
 */
function replaceableSpan(text: string, start: number, end: number): { start: number; end: number; keep: string } {
  let last = end;
  while (last > start && /[\s]/.test(text[last - 1] ?? '')) last--;
  const source = text.slice(start, last);
  const headerComment = /^[|>][-+0-9]*([ \t]+#[^\n]*)/.exec(source)?.[1];
  return { start, end: last, keep: headerComment ?? '' };
}

export function pushReadingFinding(findings: Reported[], problem: LoadProblem, options: SeverityOptions): void {
  const rule = ruleById(problem.ruleId);
  const severity: RuleSetting = options.rules?.[problem.ruleId] ?? rule?.meta.severity ?? 'error';
  if (severity === 'off') return;
  findings.push({
    finding: { ruleId: problem.ruleId, severity, message: problem.message, path: '', range: problem.range },
  });
}

/** The last finding of a rule on a resource past the cap: how many more there are, not each one. */
export function moreFindings(
  rule: Rule,
  resource: Resource,
  hidden: number,
  options: SeverityOptions,
): Finding | undefined {
  const severity = severityOf(rule, options);
  if (severity === 'off') return undefined;
  return {
    ruleId: rule.meta.id,
    severity,
    message: `and ${hidden} more finding${hidden === 1 ? '' : 's'} of ${rule.meta.id} on this resource: podlint reports at most ${FINDINGS_PER_RULE_PER_RESOURCE} per rule and resource; fix the ones shown and run it again`,
    path: '',
    range: locate(resource, []),
    resource: identityOf(resource),
  };
}

export function internalError(rule: Rule, resource: Resource, error: unknown): Finding {
  const detail = error instanceof Error ? error.message : String(error);
  return {
    ruleId: 'podlint/internal-error',
    severity: 'error',
    message: `rule ${rule.meta.id} failed on this resource (${detail}); this is a podlint bug, please report it`,
    path: '',
    range: resource.document.locate(resource.basePath),
    resource: identityOf(resource),
  };
}
