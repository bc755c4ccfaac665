import { defineRule } from '../../engine/rule.js';
import type { FieldPath } from '../../model/path.js';
import { asObject, objectEntries, preview, quoteList } from '../../model/values.js';
import { CRD_VALIDATION, crdSpec, crdVersions } from './utils/crd-versions.js';

const COLUMN_TYPES = ['integer', 'number', 'string', 'boolean', 'date'];
const COLUMN_FORMATS = ['int32', 'int64', 'float', 'double', 'byte', 'date', 'date-time', 'password'];

/** validateSimpleJSONPath: what is wrong with a `.a.b` path, if anything. */
function simplePathProblem(path: string): string | undefined {
  if (path === '') return 'it must not be empty';
  if (!path.startsWith('.')) return 'it must be a simple JSON path starting with "."';
  return undefined;
}

interface Problem {
  readonly path: FieldPath;
  readonly messageId: string;
  readonly data?: Readonly<Record<string, string>>;
}

function scaleProblems(scale: Record<string, unknown>, path: FieldPath): Problem[] {
  const problems: Problem[] = [];
  const paths: ReadonlyArray<readonly [string, readonly string[], boolean]> = [
    ['specReplicasPath', ['.spec.'], true],
    ['statusReplicasPath', ['.status.'], true],
    ['labelSelectorPath', ['.spec.', '.status.'], false],
  ];
  for (const [field, prefixes, required] of paths) {
    const value = scale[field];
    if (value === undefined || value === null || value === '') {
      if (required) problems.push({ path: [...path, field], messageId: 'scaleRequired', data: { field } });
      continue;
    }
    if (typeof value !== 'string') continue;
    const problem = simplePathProblem(value);
    if (problem)
      problems.push({ path: [...path, field], messageId: 'jsonPath', data: { field, value: preview(value), problem } });
    else if (!prefixes.some((prefix) => value.startsWith(prefix)))
      problems.push({
        path: [...path, field],
        messageId: 'scalePrefix',
        data: { field, value: preview(value), under: prefixes.map((prefix) => prefix.slice(0, -1)).join(' or ') },
      });
  }
  return problems;
}

function columnProblems(column: Record<string, unknown>, path: FieldPath): Problem[] {
  const problems: Problem[] = [];
  for (const field of ['name', 'type', 'jsonPath'])
    if (column[field] === undefined || column[field] === null || column[field] === '')
      problems.push({ path: [...path, field], messageId: 'columnRequired', data: { field } });
  if (typeof column.type === 'string' && column.type !== '' && !COLUMN_TYPES.includes(column.type))
    problems.push({
      path: [...path, 'type'],
      messageId: 'columnValue',
      data: { field: 'type', value: preview(column.type), allowed: quoteList(COLUMN_TYPES) },
    });
  if (typeof column.format === 'string' && column.format !== '' && !COLUMN_FORMATS.includes(column.format))
    problems.push({
      path: [...path, 'format'],
      messageId: 'columnValue',
      data: { field: 'format', value: preview(column.format), allowed: quoteList(COLUMN_FORMATS) },
    });
  if (typeof column.jsonPath === 'string' && column.jsonPath !== '') {
    const problem = simplePathProblem(column.jsonPath);
    if (problem)
      problems.push({
        path: [...path, 'jsonPath'],
        messageId: 'jsonPath',
        data: { field: 'jsonPath', value: preview(column.jsonPath), problem },
      });
  }
  return problems;
}

export default defineRule({
  meta: {
    id: 'apiextensions/crd-subresources-invalid',
    severity: 'error',
    origin: 'api-error',
    kinds: ['CustomResourceDefinition'],
    description:
      'A CustomResourceDefinition version’s scale subresource, printer columns and selectable fields must name their JSON paths and types.',
    fixable: false,
    sources: [
      { package: CRD_VALIDATION, function: 'ValidateCustomResourceDefinitionSubresources' },
      { package: CRD_VALIDATION, function: 'ValidateCustomResourceColumnDefinition' },
      { package: CRD_VALIDATION, function: 'validateSimpleJSONPath' },
      { package: CRD_VALIDATION, function: 'ValidateCustomResourceSelectableFields', type: 'Required' },
    ],
    messages: {
      scaleRequired:
        'the scale subresource has no {{field}}, so the API server refuses the CustomResourceDefinition; give the JSON path of the replica count, e.g. .spec.replicas',
      scalePrefix:
        'scale.{{field}} {{value}} must be a JSON path under {{under}}, so the API server refuses the CustomResourceDefinition',
      jsonPath:
        '{{field}} {{value}} is not a simple JSON path: {{problem}}; the API server refuses the CustomResourceDefinition',
      columnRequired:
        'a printer column has no {{field}}, so the API server refuses the CustomResourceDefinition; add it',
      columnValue:
        'printer column {{field}} {{value}} is not supported, so the API server refuses the CustomResourceDefinition; use one of {{allowed}}',
      selectableRequired:
        'a selectable field has no jsonPath, so the API server refuses the CustomResourceDefinition; name the field, e.g. .spec.color',
    },
  },
  create(context) {
    return {
      resource(resource) {
        const spec = crdSpec(resource);
        if (!spec) return;
        for (const { version, path } of crdVersions(spec)) {
          const problems: Problem[] = [];
          const scale = asObject(asObject(version.subresources)?.scale);
          if (scale) problems.push(...scaleProblems(scale, [...path, 'subresources', 'scale']));
          for (const [index, column] of objectEntries(version.additionalPrinterColumns))
            problems.push(...columnProblems(column, [...path, 'additionalPrinterColumns', index]));
          for (const [index, selectable] of objectEntries(version.selectableFields))
            if (selectable.jsonPath === undefined || selectable.jsonPath === null || selectable.jsonPath === '')
              problems.push({
                path: [...path, 'selectableFields', index, 'jsonPath'],
                messageId: 'selectableRequired',
              });
          for (const problem of problems) context.report({ resource, ...problem });
        }
      },
    };
  },
});
