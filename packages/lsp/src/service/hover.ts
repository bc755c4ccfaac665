import { fieldAt, kindDefinition, ruleById, ruleDocsUrl, type KubernetesVersion } from '@podlint/core';
import type { Diagnostic, Hover, Position } from 'vscode-languageserver';
import { keyAt } from './yaml-context.js';

/** Hover: the rule's documentation on a diagnostic, else the schema's word on the field key under the cursor. */
export function hoverAt(
  text: string,
  position: Position,
  diagnostics: readonly Diagnostic[],
  version: KubernetesVersion,
): Hover | undefined {
  const rules = diagnostics.filter((diagnostic) => diagnostic.source === 'podlint' && contains(diagnostic, position));
  const ruleSections = [...new Set(rules.map((diagnostic) => String(diagnostic.code)))]
    .map(ruleSection)
    .filter((section): section is string => section !== undefined);
  const field = fieldSection(text, position, version);
  const sections = [...ruleSections, ...(field ? [field.markdown] : [])];
  if (sections.length === 0) return undefined;
  return {
    contents: { kind: 'markdown', value: sections.join('\n\n---\n\n') },
    ...(field && ruleSections.length === 0 ? { range: field.range } : {}),
  };
}

function contains(diagnostic: Diagnostic, position: Position): boolean {
  const { start, end } = diagnostic.range;
  const after = position.line > start.line || (position.line === start.line && position.character >= start.character);
  const before = position.line < end.line || (position.line === end.line && position.character <= end.character);
  return after && before;
}

function ruleSection(id: string): string | undefined {
  const rule = ruleById(id);
  if (!rule) return undefined;
  return `**podlint ${id}** (${rule.meta.severity}): ${rule.meta.description}\n\n${rule.meta.help}\n\n[Documentation](${ruleDocsUrl(id)})`;
}

function fieldSection(
  text: string,
  position: Position,
  version: KubernetesVersion,
): { markdown: string; range: Hover['range'] } | undefined {
  const key = keyAt(text, position.line, position.character);
  if (!key?.apiVersion || !key.kind) return undefined;
  const definition = kindDefinition(key.apiVersion, key.kind, version);
  if (!definition) return undefined;
  const field = fieldAt(definition, key.path, version);
  if (!field) return undefined;
  const releases =
    field.releases.length > 1
      ? `Kubernetes ${field.releases[0] ?? ''}–${field.releases[field.releases.length - 1] ?? ''}`
      : `Kubernetes ${field.releases.join(', ')}`;
  const lines = [
    `**${field.name}**: \`${field.type}\`${field.required ? ' (required)' : ''}`,
    '',
    field.description ?? '',
    '',
    `Exists in ${releases}.`,
  ];
  if (field.values) lines.push('', `Values: ${field.values.map((value) => `\`${value}\``).join(', ')}`);
  return {
    markdown: lines.join('\n'),
    range: { start: { line: position.line, character: key.start }, end: { line: position.line, character: key.end } },
  };
}
