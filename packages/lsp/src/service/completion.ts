import { fieldsAt, kindDefinition, servedKinds, type FieldInfo, type KubernetesVersion } from '@podlint/core';
import type { CompletionItem, Position } from 'vscode-languageserver';
import { cursorContext, type CursorContext } from './yaml-context.js';

const KIND_FIELD = 10;
const VALUE = 12;
const SNIPPET_FORMAT = 2;
const AS_IS = 1;

/**
 * Completion from the schema of the document's kind in the target release: the keys valid where
 * the cursor is (with snippets for containers, ports and probes), the closed values of a field,
 * and the apiVersion and kind pairs the release serves.
 */
export function completionsAt(text: string, position: Position, version: KubernetesVersion): CompletionItem[] {
  const context = cursorContext(text, position.line, position.character);
  if (context.inValue) return valueCompletions(context, version);
  if (context.parent.length === 0 && context.column === 0) {
    const topKeys = ['apiVersion', 'kind', 'metadata', 'spec'];
    const definition =
      context.apiVersion && context.kind ? kindDefinition(context.apiVersion, context.kind, version) : undefined;
    if (!definition) return topKeys.map((name) => ({ label: name, kind: KIND_FIELD, insertText: `${name}: ` }));
  }
  if (!context.apiVersion || !context.kind) return [];
  const definition = kindDefinition(context.apiVersion, context.kind, version);
  if (!definition) return [];
  const indent = ' '.repeat(context.column);
  return fieldsAt(definition, context.parent, version).map((field) => keyItem(field, indent));
}

function keyItem(field: FieldInfo, indent: string): CompletionItem {
  const snippet = SNIPPETS[field.name];
  const item: CompletionItem = {
    label: field.name,
    kind: KIND_FIELD,
    detail: `${field.type}${field.required ? ' (required)' : ''}`,
    ...(field.description ? { documentation: { kind: 'markdown', value: field.description } } : {}),
  };
  if (snippet && field.type.startsWith(snippet.type)) {
    item.insertText = snippet.body.map((line, i) => (i === 0 ? line : `${indent}${line}`)).join('\n');
    item.insertTextFormat = SNIPPET_FORMAT;
    item.insertTextMode = AS_IS;
  } else {
    const block =
      field.type.startsWith('array') ||
      field.type.startsWith('map') ||
      (field.definition !== undefined && !field.values);
    item.insertText = block ? `${field.name}:\n${indent}  ` : `${field.name}: `;
    item.insertTextMode = AS_IS;
  }
  return item;
}

function valueCompletions(context: CursorContext, version: KubernetesVersion): CompletionItem[] {
  // Typed right after the colon (completion triggers on ':'), `key:value` would be one plain scalar.
  return closedValues(context, version).map((label) => ({
    label,
    kind: VALUE,
    ...(context.needsSpace ? { insertText: ` ${label}` } : {}),
  }));
}

function closedValues(context: CursorContext, version: KubernetesVersion): readonly string[] {
  if (context.parent.length === 0 && context.key === 'apiVersion') {
    return [...new Set(servedKinds(version).map((pair) => pair.apiVersion))];
  }
  if (context.parent.length === 0 && context.key === 'kind') {
    const pairs = servedKinds(version).filter((pair) => !context.apiVersion || pair.apiVersion === context.apiVersion);
    return [...new Set(pairs.map((pair) => pair.kind))];
  }
  if (!context.apiVersion || !context.kind || context.key === undefined) return [];
  const definition = kindDefinition(context.apiVersion, context.kind, version);
  if (!definition) return [];
  const field = fieldsAt(definition, context.parent, version).find((candidate) => candidate.name === context.key);
  return field?.values ?? [];
}

/** Snippets for the blocks people type most, with the fields the API server requires. */
const SNIPPETS: Record<string, { type: string; body: string[] }> = {
  containers: {
    type: 'array of Container',
    body: ['containers:', '  - name: ${1:app}', '    image: ${2:registry/image:tag}$0'],
  },
  initContainers: {
    type: 'array of Container',
    body: ['initContainers:', '  - name: ${1:init}', '    image: ${2:registry/image:tag}$0'],
  },
  ports: { type: 'array of ContainerPort', body: ['ports:', '  - name: ${1:http}', '    containerPort: ${2:8080}$0'] },
  readinessProbe: {
    type: 'Probe',
    body: ['readinessProbe:', '  httpGet:', '    path: ${1:/healthz}', '    port: ${2:8080}$0'],
  },
  livenessProbe: {
    type: 'Probe',
    body: ['livenessProbe:', '  httpGet:', '    path: ${1:/healthz}', '    port: ${2:8080}$0'],
  },
  startupProbe: {
    type: 'Probe',
    body: [
      'startupProbe:',
      '  httpGet:',
      '    path: ${1:/healthz}',
      '    port: ${2:8080}',
      '  failureThreshold: ${3:30}$0',
    ],
  },
};
