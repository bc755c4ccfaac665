import { isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { podlintVersion, ruleDocsUrl, ruleHelp } from '@podlint/core';
import type { FormatContext, Formatter } from './formatter.js';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;
const INFORMATION_URI = 'https://github.com/podlint/podlint';
const SOURCE_ROOT = '%SRCROOT%';

/**
 * SARIF 2.1.0 as GitHub code scanning reads it: rules with help in tool.driver.rules, a region per
 * result, every location relative to the repository's root whichever way the paths were given.
 */
export const sarif: Formatter = (files, context) => {
  const { rules } = context;
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
            artifactLocation: artifactLocation(file.file, context),
            region: {
              startLine: finding.range.start.line,
              startColumn: finding.range.start.column,
              endLine: finding.range.end.line,
              endColumn: finding.range.end.column,
            },
          },
          ...(finding.path ? { logicalLocations: [{ fullyQualifiedName: finding.path, kind: 'member' }] } : {}),
        },
      ],
      ...(finding.related?.length
        ? {
            relatedLocations: finding.related.map((related, id) => ({
              id,
              message: { text: related.message },
              physicalLocation: {
                artifactLocation: artifactLocation(related.file, context),
                region: { startLine: related.range.start.line, startColumn: related.range.start.column },
              },
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
            version: podlintVersion,
            semanticVersion: podlintVersion,
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
                defaultConfiguration: { level: LEVEL[rule.meta.severity], enabled: rule.meta.recommended !== false },
                properties: { tags: [rule.meta.id.split('/')[0], rule.meta.origin] },
              };
            }),
          },
        },
        originalUriBaseIds: { [SOURCE_ROOT]: { uri: pathToFileURL(context.sourceRoot + sep).href } },
        // Columns count UTF-16 code units, as JavaScript strings (and the LSP) do.
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};

/**
 * A file relative to the source root, so that code scanning matches it to the repository's file
 * whether it was given as `k8s/a.yaml`, `/abs/…/k8s/a.yaml` or `../repo/k8s/a.yaml`. Standard input
 * and files outside the root keep their own names.
 */
function artifactLocation(file: string, { cwd, sourceRoot }: FormatContext): { uri: string; uriBaseId?: string } {
  if (file === '<stdin>') return { uri: encodeURIComponent(file) };
  const fromRoot = relative(sourceRoot, resolve(cwd, file));
  if (fromRoot === '' || fromRoot.startsWith('..') || isAbsolute(fromRoot))
    return { uri: pathToFileURL(resolve(cwd, file)).href };
  return { uri: fromRoot.split(sep).map(encodeURIComponent).join('/'), uriBaseId: SOURCE_ROOT };
}
