import { ruleDocsUrl, ruleHelp } from '@podlint/core';
import type { Formatter } from './formatter.js';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;
const INFORMATION_URI = 'https://github.com/podlint/podlint';

/** SARIF 2.1.0 as GitHub code scanning reads it: rules with help in tool.driver.rules, a region per result. */
export const sarif: Formatter = (files, { rules }) => {
  const ruleIndex = new Map(rules.map((rule, index) => [rule.meta.id, index]));
  const results = files.flatMap((file) =>
    file.findings.map((finding) => ({
      ruleId: finding.ruleId,
      ...(ruleIndex.has(finding.ruleId) ? { ruleIndex: ruleIndex.get(finding.ruleId) } : {}),
      level: LEVEL[finding.severity],
      message: { text: finding.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: toUri(file.file) },
            region: { startLine: finding.range.start.line, startColumn: finding.range.start.column, endLine: finding.range.end.line, endColumn: finding.range.end.column },
          },
          ...(finding.path ? { logicalLocations: [{ fullyQualifiedName: finding.path, kind: 'member' }] } : {}),
        },
      ],
      ...(finding.related?.length
        ? {
            relatedLocations: finding.related.map((related, id) => ({
              id,
              message: { text: related.message },
              physicalLocation: { artifactLocation: { uri: toUri(file.file) }, region: { startLine: related.range.start.line, startColumn: related.range.start.column } },
            })),
          }
        : {}),
    })),
  );
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'podlint',
            informationUri: INFORMATION_URI,
            rules: rules.map((rule) => {
              const help = ruleHelp(rule);
              return {
                id: rule.meta.id,
                name: rule.meta.id.replace(/[/-](\w)/g, (_, c: string) => c.toUpperCase()),
                shortDescription: { text: rule.meta.description },
                fullDescription: { text: rule.meta.description },
                helpUri: ruleDocsUrl(rule.meta.id),
                help: { text: help, markdown: help },
                defaultConfiguration: { level: LEVEL[rule.meta.severity] },
                properties: { tags: [rule.meta.id.split('/')[0], rule.meta.origin] },
              };
            }),
          },
        },
        columnKind: 'unicodeCodePoints',
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};

function toUri(file: string): string {
  return file.split(/[\\/]/).map(encodeURIComponent).join('/');
}
