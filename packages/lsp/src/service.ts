import { lint, ruleDocsUrl, type Finding, type LintOptions } from '@podlint/core';

/** The transport-free language service: the server wires requests to it, tests call it directly. */
export interface DocumentDiagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  severity: 1 | 2 | 3;
  code: string;
  /** The rule's page, linked from the rule id in the editor. */
  codeDescription: { href: string };
  source: 'podlint';
  message: string;
}

const SEVERITY = { error: 1, warning: 2, info: 3 } as const;

export function diagnose(uri: string, text: string, options: LintOptions = {}): DocumentDiagnostic[] {
  const result = lint([{ file: uri, text }], options).files[0];
  return (result?.findings ?? []).map(toDiagnostic);
}

function toDiagnostic(finding: Finding): DocumentDiagnostic {
  return {
    range: {
      start: { line: finding.range.start.line - 1, character: finding.range.start.column - 1 },
      end: { line: finding.range.end.line - 1, character: finding.range.end.column - 1 },
    },
    severity: SEVERITY[finding.severity],
    code: finding.ruleId,
    codeDescription: { href: ruleDocsUrl(finding.ruleId) },
    source: 'podlint',
    message: finding.message,
  };
}
