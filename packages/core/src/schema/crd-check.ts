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
