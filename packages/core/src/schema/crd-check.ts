import { compileRe2 } from './re2.js';
import type { JsonSchema } from './json-schema.js';

/**
 * Whether a value satisfies a CRD's schema as `crdJsonSchema` writes it, read directly from the
 * schema: `true` when it surely does, `false` when it surely does not, `undefined` when this does
 * not model the case exactly (non-finite numbers, uniqueItems, deep enum values, property names
 * that objects inherit). Compiling a schema with ajv costs about as much as validating thousands
 * of objects, and most custom resources are valid: only a resource this cannot call valid needs
 * the compiled validator, whose errors say what is wrong. Each keyword mirrors ajv's own check
 * (allErrors, no coercion, `nullable`, patterns on RE2), so `true` here is ajv's `true`.
 */
export function crdSchemaAccepts(schema: JsonSchema, data: unknown): boolean | undefined {
  if (typeof data === 'number' && !Number.isFinite(data)) return undefined;
  let result: boolean | undefined = true;
  // Every keyword is checked: a later one may be surely false where an earlier one was unknown.
  const merge = (check: boolean | undefined): void => {
    if (check === false) result = false;
    else if (check === undefined && result === true) result = undefined;
  };
  if (schema.type !== undefined) merge(typeAccepts(schema.type, schema.nullable === true, data));
  if (Array.isArray(schema.enum)) merge(enumAccepts(schema.enum, data));
  if (typeof data === 'number') merge(numberAccepts(schema, data));
  else if (typeof data === 'string') merge(stringAccepts(schema, data));
  else if (Array.isArray(data)) merge(arrayAccepts(schema, data));
  else if (typeof data === 'object' && data !== null) merge(objectAccepts(schema, data as Record<string, unknown>));
  for (const combinator of ['allOf', 'anyOf', 'oneOf'] as const) {
    const branches = schema[combinator];
    if (Array.isArray(branches)) merge(combinationAccepts(combinator, branches as JsonSchema[], data));
  }
  if (isSchema(schema.not)) {
    const inner = crdSchemaAccepts(schema.not, data);
    merge(inner === undefined ? undefined : !inner);
  }
  return result;
}

function isSchema(value: unknown): value is JsonSchema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function typeAccepts(type: unknown, nullable: boolean, data: unknown): boolean | undefined {
  const types = Array.isArray(type) ? (type as unknown[]) : [type];
  if (nullable && data === null) return true;
  return types.some((name) => {
    switch (name) {
      case 'null':
        return data === null;
      case 'array':
        return Array.isArray(data);
      case 'object':
        return typeof data === 'object' && data !== null && !Array.isArray(data);
      case 'integer':
        return typeof data === 'number' && Number.isInteger(data);
      case 'number':
        return typeof data === 'number';
      default:
        return typeof data === name;
    }
  });
}

function enumAccepts(values: readonly unknown[], data: unknown): boolean | undefined {
  if (typeof data === 'object' && data !== null)
    return values.some((value) => typeof value === 'object' && value !== null) ? undefined : false;
  return values.some((value) => value === data);
}

function numberAccepts(schema: JsonSchema, data: number): boolean {
  const bound = (keyword: string): number | undefined =>
    typeof schema[keyword] === 'number' ? (schema[keyword] as number) : undefined;
  const [minimum, maximum] = [bound('minimum'), bound('maximum')];
  const [exclusiveMinimum, exclusiveMaximum, multipleOf] = [
    bound('exclusiveMinimum'),
    bound('exclusiveMaximum'),
    bound('multipleOf'),
  ];
  if (minimum !== undefined && data < minimum) return false;
  if (maximum !== undefined && data > maximum) return false;
  if (exclusiveMinimum !== undefined && data <= exclusiveMinimum) return false;
  if (exclusiveMaximum !== undefined && data >= exclusiveMaximum) return false;
  if (multipleOf !== undefined) {
    // ajv's test, to the last floating-point quirk.
    const ratio = data / multipleOf;
    if (multipleOf === 0 || ratio !== parseInt(String(ratio), 10)) return false;
  }
  return true;
}

function stringAccepts(schema: JsonSchema, data: string): boolean {
  if (typeof schema.minLength === 'number' || typeof schema.maxLength === 'number') {
    // ajv counts code points, as Go's validation counts runes.
    let length = 0;
    for (const _character of data) length++;
    if (typeof schema.minLength === 'number' && length < schema.minLength) return false;
    if (typeof schema.maxLength === 'number' && length > schema.maxLength) return false;
  }
  if (typeof schema.pattern === 'string') {
    const compiled = compileRe2(schema.pattern);
    if (!compiled.ok || !compiled.regexp.test(data)) return false;
  }
  return true;
}

function arrayAccepts(schema: JsonSchema, data: readonly unknown[]): boolean | undefined {
  if (typeof schema.minItems === 'number' && data.length < schema.minItems) return false;
  if (typeof schema.maxItems === 'number' && data.length > schema.maxItems) return false;
  let result: boolean | undefined = schema.uniqueItems === true && data.length > 1 ? undefined : true;
  if (isSchema(schema.items)) {
    for (const item of data) {
      const accepted = crdSchemaAccepts(schema.items, item);
      if (accepted === false) return false;
      if (accepted === undefined) result = undefined;
    }
  }
  return result;
}

function objectAccepts(schema: JsonSchema, data: Record<string, unknown>): boolean | undefined {
  const keys = Object.keys(data);
  if (typeof schema.minProperties === 'number' && keys.length < schema.minProperties) return false;
  if (typeof schema.maxProperties === 'number' && keys.length > schema.maxProperties) return false;
  let result: boolean | undefined = true;
  if (Array.isArray(schema.required)) {
    for (const name of schema.required as unknown[]) {
      // ajv reads `data[name]`, which finds what every object inherits.
      if (typeof name !== 'string' || name in Object.prototype) result = undefined;
      else if (!Object.hasOwn(data, name)) return false;
    }
  }
  const properties = isSchema(schema.properties) ? (schema.properties as Record<string, unknown>) : {};
  for (const name of Object.keys(properties)) {
    if (name in Object.prototype) result = undefined;
  }
  const additional = schema.additionalProperties;
  for (const key of keys) {
    const property = Object.hasOwn(properties, key) ? properties[key] : undefined;
    let accepted: boolean | undefined = true;
    if (isSchema(property)) accepted = crdSchemaAccepts(property, data[key]);
    else if (property !== undefined) accepted = undefined;
    else if (additional === false) accepted = false;
    else if (isSchema(additional)) accepted = crdSchemaAccepts(additional, data[key]);
    if (accepted === false) return false;
    if (accepted === undefined) result = undefined;
  }
  return result;
}

function combinationAccepts(
  combinator: 'allOf' | 'anyOf' | 'oneOf',
  branches: readonly JsonSchema[],
  data: unknown,
): boolean | undefined {
  const results = branches.map((branch) => (isSchema(branch) ? crdSchemaAccepts(branch, data) : undefined));
  const passed = results.filter((accepted) => accepted === true).length;
  const unknown = results.some((accepted) => accepted === undefined);
  switch (combinator) {
    case 'allOf':
      return results.includes(false) ? false : unknown ? undefined : true;
    case 'anyOf':
      return passed > 0 ? true : unknown ? undefined : false;
    case 'oneOf':
      if (passed > 1) return false;
      return unknown ? undefined : passed === 1;
  }
}

/**
 * The part of a CRD schema that may fail on `data`, for ajv to compile instead of the whole
 * schema: every subschema the data surely satisfies, or never reaches, becomes `{}`, and the
 * rest keeps its place and keywords, so ajv reports the same errors at the same schema paths.
 * Undefined when the data surely satisfies the whole schema. A resource wrong in one field of a
 * CRD of thousands of lines compiles a few nodes instead of all of them. The schema must be one
 * `surelyCompiles` accepts: a schema ajv cannot compile must fail to compile here as well.
 */
export function failingPart(schema: JsonSchema, data: unknown): JsonSchema | undefined {
  return reachedBy(schema, [data]);
}

/** `schema` as it applies to each of `values` (all the values ajv checks against it), pruned. */
function reachedBy(schema: JsonSchema, values: readonly unknown[]): JsonSchema | undefined {
  if (values.every((value) => crdSchemaAccepts(schema, value) === true)) return undefined;
  const part = (child: unknown, reaching: readonly unknown[]): unknown =>
    isSchema(child) ? (reachedBy(child, reaching) ?? {}) : child;
  // ajv checks these keywords of objects and arrays only, where it finds them as it does here.
  const objects = values.filter(
    (value): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value),
  );
  const out: JsonSchema = {};
  for (const [keyword, value] of Object.entries(schema)) {
    switch (keyword) {
      case 'properties':
        out.properties = Object.fromEntries(
          Object.entries(value as Record<string, unknown>).map(([name, child]) => [
            name,
            part(
              child,
              objects.map((object) => object[name]).filter((item) => item !== undefined),
            ),
          ]),
        );
        break;
      case 'additionalProperties':
        out.additionalProperties = part(value, everyPropertyValue(objects));
        break;
      case 'items':
        out.items = part(value, values.filter((item) => Array.isArray(item)).flat());
        break;
      case 'allOf':
      case 'anyOf':
      case 'oneOf':
        out[keyword] = (value as unknown[]).map((branch) => part(branch, values));
        break;
      case 'not':
        out.not = part(value, values);
        break;
      default:
        out[keyword] = value;
    }
  }
  return out;
}

/** The values of every key ajv's `for…in` meets: more than the additional ones, which only prunes less. */
function everyPropertyValue(objects: ReadonlyArray<Record<string, unknown>>): unknown[] {
  const out: unknown[] = [];
  for (const object of objects) for (const key in object) out.push(object[key]);
  return out;
}

const JSON_TYPES = new Set(['null', 'boolean', 'object', 'array', 'number', 'integer', 'string']);
const NUMBER_KEYWORDS = new Set([
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
  'minLength',
  'maxLength',
  'minItems',
  'maxItems',
  'minProperties',
  'maxProperties',
]);
/** Deeper schemas are compiled whole: ajv's compiler may run out of stack on them. */
const COMPILED_DEPTH_LIMIT = 64;

const compiles = new WeakMap<JsonSchema, boolean>();

/**
 * Whether ajv surely compiles a schema as `crdJsonSchema` writes it: every keyword one it knows,
 * with a value of the type it wants (ajv throws on any other). When this is not sure, the whole
 * schema is compiled, and fails as it always did, rather than a part that might compile.
 */
export function surelyCompiles(schema: JsonSchema): boolean {
  let known = compiles.get(schema);
  if (known === undefined) {
    known = wellFormed(schema, 0);
    compiles.set(schema, known);
  }
  return known;
}

function wellFormed(schema: JsonSchema, depth: number): boolean {
  if (depth > COMPILED_DEPTH_LIMIT) return false;
  const child = (value: unknown): boolean => isSchema(value) && wellFormed(value, depth + 1);
  for (const [keyword, value] of Object.entries(schema)) {
    let ok: boolean;
    if (NUMBER_KEYWORDS.has(keyword)) ok = typeof value === 'number';
    else
      switch (keyword) {
        case 'type':
          ok =
            typeof value === 'string'
              ? JSON_TYPES.has(value)
              : Array.isArray(value) && value.every((name) => typeof name === 'string' && JSON_TYPES.has(name));
          break;
        case 'nullable':
          ok = value === true && schema.type !== undefined;
          break;
        case 'uniqueItems':
          ok = typeof value === 'boolean';
          break;
        case 'pattern':
          ok = typeof value === 'string';
          break;
        case 'required':
          ok = Array.isArray(value) && value.every((name) => typeof name === 'string');
          break;
        case 'enum':
          ok = Array.isArray(value) && value.length > 0;
          break;
        case 'properties':
          ok = isSchema(value) && Object.values(value).every(child);
          break;
        case 'additionalProperties':
          ok = typeof value === 'boolean' || child(value);
          break;
        case 'items':
        case 'not':
          ok = child(value);
          break;
        case 'allOf':
        case 'anyOf':
        case 'oneOf':
          ok = Array.isArray(value) && value.length > 0 && value.every(child);
          break;
        default:
          ok = false;
      }
    if (!ok) return false;
  }
  return true;
}
