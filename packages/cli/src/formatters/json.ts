import type { Formatter } from './formatter.js';

/**
 * The JSON contract other tools read (documented in the README): version 1. Add fields only;
 * never rename or remove one without bumping `version`.
 */
export const json: Formatter = (files, { summary }) => {
  const results = files.flatMap((file) =>
    file.findings.map((finding) => ({
      file: file.file,
      line: finding.range.start.line,
      column: finding.range.start.column,
      endLine: finding.range.end.line,
      endColumn: finding.range.end.column,
      ruleId: finding.ruleId,
      severity: finding.severity,
      message: finding.message,
      path: finding.path,
      resource: finding.resource
        ? {
            apiVersion: finding.resource.apiVersion,
            kind: finding.resource.kind,
            namespace: finding.resource.namespace ?? null,
            name: finding.resource.name ?? null,
          }
        : null,
      ...(finding.related?.length
        ? {
            related: finding.related.map((related) => ({
              file: related.file,
              line: related.range.start.line,
              column: related.range.start.column,
              path: related.path,
              message: related.message,
            })),
          }
        : {}),
      ...(finding.fix
        ? {
            fix: {
              description: finding.fix.description,
              edits: finding.fix.edits.map((edit) => ({ start: edit.start, end: edit.end, text: edit.text })),
            },
          }
        : {}),
    })),
  );
  return `${JSON.stringify({ version: 1, results, summary })}\n`;
};
