import { LineIndex, ruleDocsUrl, type Finding, type TextEdit as CoreEdit } from '@podlint/core';
import type { Diagnostic, DiagnosticSeverity, Range, TextEdit } from 'vscode-languageserver';

/** What a diagnostic carries for the code actions: the rule and its quick fix as ready edits. */
export interface DiagnosticData {
  ruleId: string;
  fix?: { title: string; edits: TextEdit[] };
}

const SEVERITY: Record<Finding['severity'], DiagnosticSeverity> = { error: 1, warning: 2, info: 3 };

export function toDiagnostics(findings: readonly Finding[], uri: string, text: string): Diagnostic[] {
  let lines: LineIndex | undefined;
  return findings.map((finding) => {
    const data: DiagnosticData = { ruleId: finding.ruleId };
    if (finding.fix && finding.fix.edits.length > 0) {
      lines ??= new LineIndex(text);
      const index = lines;
      data.fix = { title: finding.fix.description, edits: finding.fix.edits.map((edit) => toTextEdit(index, edit)) };
    }
    const diagnostic: Diagnostic = {
      range: toRange(finding.range),
      severity: SEVERITY[finding.severity],
      code: finding.ruleId,
      source: 'podlint',
      message: finding.message,
      data,
    };
    // Reading problems (yaml/*) and internal errors have pages too; every id is a rule page.
    diagnostic.codeDescription = { href: ruleDocsUrl(finding.ruleId) };
    if (finding.related?.length) {
      diagnostic.relatedInformation = finding.related.map((related) => ({
        location: { uri, range: toRange(related.range) },
        message: related.message,
      }));
    }
    return diagnostic;
  });
}

export function toRange(range: Finding['range']): Range {
  return {
    start: { line: range.start.line - 1, character: range.start.column - 1 },
    end: { line: range.end.line - 1, character: range.end.column - 1 },
  };
}

export function toTextEdit(lines: LineIndex, edit: CoreEdit): TextEdit {
  const start = lines.position(edit.start);
  const end = lines.position(edit.end);
  return {
    range: {
      start: { line: start.line - 1, character: start.column - 1 },
      end: { line: end.line - 1, character: end.column - 1 },
    },
    newText: edit.text,
  };
}

/** The one diagnostic that says a file could not be linted at all, instead of a crash or silence. */
export function failureDiagnostic(error: unknown): Diagnostic {
  const detail = error instanceof Error ? error.message : String(error);
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } },
    severity: 1,
    code: 'podlint/internal-error',
    source: 'podlint',
    message: `podlint failed on this file (${detail}); this is a podlint bug, please report it with the file`,
  };
}
