import type { ErrorObject } from 'ajv';
import { formatPath, type FieldPath } from '../model/path.js';
import { valueAt, type Resource } from '../model/resource.js';
import { compileRe2 } from './re2.js';
import { preview } from '../model/values.js';
import { closestMatch } from '../util/suggest.js';
import { FORMATS, NULL_ITEMS_KEYWORD, REQUIRED_KEYWORD, UNIQUE_KEYS_KEYWORD } from './ajv-setup.js';
import { INT32, INT64 } from './json-schema.js';
import { labelValueErrors, qualifiedNameErrors } from './names.js';
import type { SchemaNavigator } from './navigator.js';
import {
  describeReading,
  integerSourceExceeds,
  isPlainScalar,
  isYaml11Boolean,
  keySource,
  pointerToPath,
  valueSource,
} from './source.js';
import { quantityProblem } from './quantity.js';

import type { SchemaProblem } from './problems.js';

const REJECTS = 'the API server cannot decode it and rejects the object';
const INT64_MAX = 9223372036854775807n;

/** What every problem's wording looks at: the object, its schema and the release. */
export interface ProblemContext {
  readonly resource: Resource;
  readonly navigator: SchemaNavigator;
  readonly version: string;
}

/**
 * The problems one ajv error stands for, in podlint's words: what each keyword means for the API
 * server (an unknown field, a wrong type, a value out of range…), with the field's name and a fix.
 */
export function problemsOf(error: ErrorObject, context: ProblemContext): SchemaProblem[] {
  const path = pointerToPath(error.instancePath, context.resource.object);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties':
      return [unknownField(path, String(params.additionalProperty), context)];
    case 'type':
      return [typeProblem(path, params.type, context)];
    case 'minimum':
    case 'maximum':
      return isIntegerBound(params.limit)
        ? rangeProblem(path, error.keyword, context)
        : [constraintProblem(path, error, context)];
    case 'enum':
      return [enumProblem(path, (params.allowedValues as unknown[] | undefined) ?? [], context)];
    case 'required':
    case REQUIRED_KEYWORD:
      return [requiredProblem([...path, String(params.missingProperty)], false, context)];
    case NULL_ITEMS_KEYWORD:
      return ((params.required as string[] | undefined) ?? []).map((field) =>
        requiredProblem([...path, field], true, context),
      );
    case UNIQUE_KEYS_KEYWORD:
      return [duplicateProblem(path, (params.keys as string[] | undefined) ?? [], Number(params.first), context)];
    case 'format':
      return formatProblem(path, String(params.format), (error as { propertyName?: string }).propertyName, context);
    case 'propertyNames':
      return [];
    default:
      return [constraintProblem(path, error, context)];
  }
}

/** The int32/int64 bounds every integer field carries, as opposed to a CRD's own minimum or maximum. */
function isIntegerBound(limit: unknown): boolean {
  return limit === INT32.minimum || limit === INT32.maximum || limit === INT64.minimum || limit === INT64.maximum;
}

function fieldName(path: FieldPath): string {
  const last = path[path.length - 1];
  return typeof last === 'number' ? `${formatPath(path.slice(-2))}` : String(last ?? 'the object');
}

function unknownField(parent: FieldPath, key: string, { resource, navigator, version }: ProblemContext): SchemaProblem {
  const path = [...parent, key];
  const shape = navigator.objectAt(parent);
  const owner = shape?.owner ?? 'this object';
  const why =
    'the API server rejects unknown fields (kubectl validates strictly), and lenient clients silently drop them with everything under them';
  const availability = shape?.availability(key);
  if (availability) {
    return {
      rule: 'unknown-field',
      path,
      message: `field "${key}" of ${owner} is not available in Kubernetes ${version} (${availability}): the ${version} API server rejects it as an unknown field; remove it, or target a newer release with --kubernetes-version`,
    };
  }
  const written = keySource(resource, path);
  if (written && written !== key && (isYaml11Boolean(written) || /^[-+]?\d/.test(written))) {
    const reading = isYaml11Boolean(written)
      ? `the key \`${written}\` is read as the boolean ${key} by kubectl (YAML 1.1)`
      : `the key \`${written}\` is read as the number ${key}`;
    return {
      rule: 'unknown-field',
      path,
      message: `unknown field "${key}" in ${owner}: ${reading}, and ${owner} has no such field; ${why}`,
    };
  }
  const suggestion = shape ? closestMatch(key, shape.names) : undefined;
  const hint = suggestion ? ` — did you mean "${suggestion}"?` : '.';
  const message = `unknown field "${key}" in ${owner}${hint} ${capitalize(why)}; ${suggestion ? 'rename it' : 'remove it or move it to where it belongs'}`;
  return suggestion
    ? {
        rule: 'unknown-field',
        path,
        message,
        fix: {
          description: `Rename it to "${suggestion}"`,
          replaceValues: [],
          renameKeys: [{ path, name: suggestion }],
        },
      }
    : { rule: 'unknown-field', path, message };
}

const TYPE_WORDS: Readonly<Record<string, string>> = {
  string: 'a string',
  integer: 'an integer',
  number: 'a number',
  boolean: 'a boolean (true or false)',
  object: 'a mapping (key: value)',
  array: 'a list (entries starting with "- ")',
};

function typeProblem(path: FieldPath, expected: unknown, { resource, navigator }: ProblemContext): SchemaProblem {
  const value = valueAt(resource.object, path);
  const types = (Array.isArray(expected) ? expected : String(expected).split(','))
    .map(String)
    .filter((type) => type !== 'null');
  const name = fieldName(path);
  const field = navigator.fieldAt(path);
  const source = valueSource(resource, path);
  const plain = isPlainScalar(source) ? source : undefined;
  const want = describeExpected(types, field?.format, field?.definition);
  if (types.length === 1 && types[0] === 'string' && (typeof value === 'boolean' || typeof value === 'number')) {
    const reading = plain ? describeReading(plain, value) : `${String(value)} is ${withArticle(typeof value)}`;
    const quoted = plain ?? String(value);
    return {
      rule: 'type',
      path,
      message: `${name} must be a string, but ${reading}; ${REJECTS}. Quote it: "${quoted}"`,
      fix: { description: `Quote the value as "${quoted}"`, replaceValues: [{ path, value: quoted }] },
    };
  }
  if (
    typeof value === 'string' &&
    types.includes('integer') &&
    !types.includes('string') &&
    /^\s*[-+]?\d+\s*$/.test(value) &&
    Number.isSafeInteger(Number(value))
  ) {
    return {
      rule: 'type',
      path,
      message: `${name} must be an integer, but "${value}" is a quoted string; ${REJECTS}. Remove the quotes: ${Number(value)}`,
      fix: { description: `Write ${Number(value)} without quotes`, replaceValues: [{ path, value: Number(value) }] },
    };
  }
  if (typeof value === 'string' && types.length === 1 && types[0] === 'boolean' && /^(true|false)$/i.test(value)) {
    const bool = value.toLowerCase() === 'true';
    return {
      rule: 'type',
      path,
      message: `${name} must be a boolean, but "${value}" is a quoted string; ${REJECTS}. Write ${bool} without quotes`,
      fix: { description: `Write ${bool} without quotes`, replaceValues: [{ path, value: bool }] },
    };
  }
  if (typeof value === 'number' && !Number.isInteger(value) && types.includes('integer')) {
    return { rule: 'type', path, message: `${name} must be ${want}, but ${plain ?? value} has a fraction; ${REJECTS}` };
  }
  return { rule: 'type', path, message: `${name} must be ${want}, but ${describeActual(value)}; ${REJECTS}` };
}

/** A JavaScript type name with its article: "a number", "an object". */
function withArticle(type: string): string {
  return `${/^[aeiou]/.test(type) ? 'an' : 'a'} ${type}`;
}

function describeExpected(
  types: readonly string[],
  format: string | undefined,
  definition: string | undefined,
): string {
  if (definition?.endsWith('.Quantity')) return 'a quantity such as 500m, 2 or 1Gi';
  if (format === 'int-or-string' || (types.includes('integer') && types.includes('string')))
    return 'an integer or a string (e.g. 8080 or "http")';
  return types.map((type) => TYPE_WORDS[type] ?? type).join(' or ');
}

function describeActual(value: unknown): string {
  if (Array.isArray(value)) return 'it is a list';
  if (value !== null && typeof value === 'object') return 'it is a mapping';
  if (typeof value === 'string') return `${preview(value)} is a string`;
  return `${String(value)} is ${withArticle(typeof value)}`;
}

function rangeProblem(
  path: FieldPath,
  keyword: 'minimum' | 'maximum',
  { resource, navigator }: ProblemContext,
): SchemaProblem[] {
  const value = valueAt(resource.object, path);
  const field = navigator.fieldAt(path);
  const source = valueSource(resource, path);
  const is32 =
    field?.format === 'int32' ||
    field?.format === 'int-or-string' ||
    field?.definition?.endsWith('.IntOrString') === true;
  if (!is32 && keyword === 'maximum' && integerSourceExceeds(source, INT64_MAX, 'above') === false) return [];
  const bits = is32 ? 32 : 64;
  const range = is32 ? '-2147483648 to 2147483647' : '-9223372036854775808 to 9223372036854775807';
  const written = source !== undefined && /^[-+]?\d+$/.test(source.trim()) ? source.trim() : String(value);
  return [
    {
      rule: 'type',
      path,
      message: `${fieldName(path)} is ${written}, which does not fit in a ${bits}-bit integer (${range}); ${REJECTS}`,
    },
  ];
}

function enumProblem(path: FieldPath, allowed: readonly unknown[], { resource }: ProblemContext): SchemaProblem {
  const value = valueAt(resource.object, path);
  const values = allowed.filter((item): item is string => typeof item === 'string' && item !== '');
  const list = values.map((item) => `"${item}"`).join(', ');
  const name = fieldName(path);
  const suggestion = typeof value === 'string' ? closestMatch(value, values) : undefined;
  const hint = suggestion ? ` — did you mean "${suggestion}"?` : '.';
  const message = `${name} ${preview(value)} is not one of ${list}${hint} The API server accepts only these values (case matters) and rejects the object`;
  // The fix takes the "did you mean"; --fix re-lints and refuses a fix that makes anything worse.
  return suggestion !== undefined
    ? {
        rule: 'enum',
        path,
        message,
        fix: { description: `Change it to "${suggestion}"`, replaceValues: [{ path, value: suggestion }] },
      }
    : { rule: 'enum', path, message };
}

function requiredProblem(path: FieldPath, nullEntry: boolean, { navigator, resource }: ProblemContext): SchemaProblem {
  const parent = path.slice(0, -1);
  const field = String(path[path.length - 1]);
  const owner = navigator.objectAt(parent)?.owner ?? 'the object';
  if (nullEntry) {
    return {
      rule: 'required',
      path,
      message: `this list entry is empty (null): the API server reads it as an empty ${owner}, which has no ${field}, and rejects the object; fill the entry in or remove the "-"`,
    };
  }
  const value = valueAt(resource.object, path);
  if (value === undefined)
    return {
      rule: 'required',
      path,
      message: `${owner} has no ${field}, which the API server requires: it rejects the object; add ${field}`,
    };
  const state = value === '' ? 'empty' : Array.isArray(value) ? 'an empty list' : 'null';
  return {
    rule: 'required',
    path,
    message: `${field} is ${state}, which the API server reads as missing: ${owner} requires ${field}, so the object is rejected; give it a value`,
  };
}

function duplicateProblem(
  path: FieldPath,
  keys: readonly string[],
  first: number,
  { resource }: ProblemContext,
): SchemaProblem {
  const list = fieldName(path.slice(0, -1));
  const keyText = keys.join(' and ');
  const values = keys
    .map((key) => valueAt(resource.object, [...path, key]) ?? '(default)')
    .map((value) => preview(value))
    .join(', ');
  return {
    rule: 'duplicate-entry',
    path: keys.length === 1 ? [...path, keys[0] ?? 'name'] : path,
    message: `${list} entry ${String(path[path.length - 1])} has the same ${keyText} (${values}) as entry ${first}: the API server requires ${list} entries to be unique by ${keyText} and rejects the object; ${keys.length === 1 ? 'rename or remove one of them' : 'change or remove one of them'}`,
  };
}

function formatProblem(
  path: FieldPath,
  format: string,
  propertyName: string | undefined,
  context: ProblemContext,
): SchemaProblem[] {
  const { resource } = context;
  if (propertyName !== undefined) {
    const kind = format === 'annotation-key' ? 'annotation' : 'label';
    const reasons = qualifiedNameErrors(format === 'annotation-key' ? propertyName.toLowerCase() : propertyName);
    return [
      {
        rule: 'label',
        path: [...path, propertyName],
        message: `${kind} key "${propertyName}" is invalid: ${reasons.join('; ')}; the API server rejects the object`,
      },
    ];
  }
  const value = valueAt(resource.object, path);
  if (typeof value !== 'string') return [];
  switch (format) {
    case 'label-value':
      return [
        {
          rule: 'label',
          path,
          message: `label value ${preview(value)} is invalid: ${labelValueErrors(value).join('; ')}; the API server rejects the object`,
        },
      ];
    case 'quantity':
      return [quantityProblem(path, value, fieldName(path))];
    case 'byte':
      return [
        {
          rule: 'format',
          path,
          message: `${fieldName(path)} is not valid base64, so ${REJECTS}; encode the value (\`base64 -w0\`), or put plain text under stringData instead of data`,
        },
      ];
    case 'date-time':
      return [
        {
          rule: 'format',
          path,
          message: `${fieldName(path)} ${preview(value)} is not an RFC 3339 time such as 2024-01-31T12:00:00Z; ${REJECTS}`,
        },
      ];
    default:
      return FORMATS[format as keyof typeof FORMATS]
        ? []
        : [{ rule: 'constraint', path, message: `${fieldName(path)} ${preview(value)} is not a valid ${format}` }];
  }
}

function constraintProblem(path: FieldPath, error: ErrorObject, { resource }: ProblemContext): SchemaProblem {
  const value = valueAt(resource.object, path);
  const detail = error.message ?? `fails the ${error.keyword} check (${JSON.stringify(error.params)})`;
  const pattern =
    error.keyword === 'pattern' ? String((error.params as { pattern?: unknown }).pattern ?? '') : undefined;
  const refused = pattern !== undefined ? compileRe2(pattern) : undefined;
  if (refused && !refused.ok) {
    return {
      rule: 'constraint',
      path,
      message: `${fieldName(path)} ${preview(value)} is checked against the pattern ${JSON.stringify(pattern)}, which RE2 (Go's regular expressions) refuses (${refused.reason}), so the API server rejects every value here; fix the pattern in the CustomResourceDefinition`,
    };
  }
  return {
    rule: 'constraint',
    path,
    message: `${fieldName(path)} ${preview(value)} ${detail}: the CustomResourceDefinition's schema forbids it, so the API server rejects the object`,
  };
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
