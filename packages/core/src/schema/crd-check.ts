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
  const facts = factsOf(schema);
  // Every keyword is checked, as a later one may be surely false where an earlier one was
  // unknown; a false is final, so it returns at once.
  let result: boolean | undefined = true;
  if (facts.types !== undefined) {
    const accepted = typeAccepts(facts.types, facts.nullable, data);
    if (!accepted) return false;
  }
  if (facts.enum !== undefined) {
    const accepted = enumAccepts(facts.enum, data);
    if (accepted === false) return false;
    if (accepted === undefined) result = undefined;
  }
  let accepted: boolean | undefined = true;
  if (typeof data === 'number') accepted = numberAccepts(facts, data);
  else if (typeof data === 'string') accepted = stringAccepts(facts, data);
  else if (Array.isArray(data)) accepted = arrayAccepts(facts, data);
  else if (typeof data === 'object' && data !== null) accepted = objectAccepts(facts, data as Record<string, unknown>);
  if (accepted === false) return false;
  if (accepted === undefined) result = undefined;
  for (const [combinator, branches] of facts.combinations) {
    const combined = combinationAccepts(combinator, branches, data);
    if (combined === false) return false;
    if (combined === undefined) result = undefined;
  }
  if (facts.not !== undefined) {
    const inner = crdSchemaAccepts(facts.not, data);
    if (inner === true) return false;
    if (inner === undefined) result = undefined;
  }
  return result;
}

/**
 * What the check reads of a schema node, read once: a custom resource's objects meet the same
 * nodes again and again (every item of a list, every resource of a kind), and a node of a large
 * CRD has many properties.
 */
interface SchemaFacts {
  readonly types: readonly unknown[] | undefined;
  readonly nullable: boolean;
  readonly enum: readonly unknown[] | undefined;
  readonly minimum: number | undefined;
  readonly maximum: number | undefined;
  readonly exclusiveMinimum: number | undefined;
  readonly exclusiveMaximum: number | undefined;
  readonly multipleOf: number | undefined;
  readonly minLength: number | undefined;
  readonly maxLength: number | undefined;
  readonly pattern: string | undefined;
  readonly minItems: number | undefined;
  readonly maxItems: number | undefined;
  readonly uniqueItems: boolean;
  readonly items: JsonSchema | undefined;
  readonly minProperties: number | undefined;
  readonly maxProperties: number | undefined;
  readonly required: readonly unknown[] | undefined;
  readonly properties: Readonly<Record<string, unknown>>;
  /** A property named like what every object inherits (`constructor`): ajv's `data[name]` finds it. */
  readonly inheritedProperty: boolean;
  readonly additional: unknown;
  readonly combinations: ReadonlyArray<readonly ['allOf' | 'anyOf' | 'oneOf', readonly unknown[]]>;
  readonly not: JsonSchema | undefined;
}

const NO_PROPERTIES: Readonly<Record<string, unknown>> = Object.freeze({});
const schemaFacts = new WeakMap<JsonSchema, SchemaFacts>();

function factsOf(schema: JsonSchema): SchemaFacts {
  let facts = schemaFacts.get(schema);
  if (facts === undefined) {
    const number = (keyword: string): number | undefined =>
      typeof schema[keyword] === 'number' ? (schema[keyword] as number) : undefined;
    const properties = isSchema(schema.properties) ? (schema.properties as Record<string, unknown>) : NO_PROPERTIES;
    const combinations: Array<readonly ['allOf' | 'anyOf' | 'oneOf', readonly unknown[]]> = [];
    for (const combinator of ['allOf', 'anyOf', 'oneOf'] as const) {
      const branches = schema[combinator];
      if (Array.isArray(branches)) combinations.push([combinator, branches]);
    }
    facts = {
      types: schema.type === undefined ? undefined : Array.isArray(schema.type) ? schema.type : [schema.type],
      nullable: schema.nullable === true,
      enum: Array.isArray(schema.enum) ? schema.enum : undefined,
      minimum: number('minimum'),
      maximum: number('maximum'),
      exclusiveMinimum: number('exclusiveMinimum'),
      exclusiveMaximum: number('exclusiveMaximum'),
      multipleOf: number('multipleOf'),
      minLength: number('minLength'),
      maxLength: number('maxLength'),
      pattern: typeof schema.pattern === 'string' ? schema.pattern : undefined,
      minItems: number('minItems'),
      maxItems: number('maxItems'),
      uniqueItems: schema.uniqueItems === true,
      items: isSchema(schema.items) ? schema.items : undefined,
      minProperties: number('minProperties'),
      maxProperties: number('maxProperties'),
      required: Array.isArray(schema.required) ? schema.required : undefined,
      properties,
      inheritedProperty: Object.keys(properties).some((name) => name in Object.prototype),
      additional: schema.additionalProperties,
      combinations,
      not: isSchema(schema.not) ? schema.not : undefined,
    };
    schemaFacts.set(schema, facts);
  }
  return facts;
}

function isSchema(value: unknown): value is JsonSchema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function typeAccepts(types: readonly unknown[], nullable: boolean, data: unknown): boolean {
  if (nullable && data === null) return true;
  for (const name of types) {
    switch (name) {
      case 'null':
        if (data === null) return true;
        break;
      case 'array':
        if (Array.isArray(data)) return true;
        break;
      case 'object':
        if (typeof data === 'object' && data !== null && !Array.isArray(data)) return true;
        break;
      case 'integer':
        if (typeof data === 'number' && Number.isInteger(data)) return true;
        break;
      case 'number':
        if (typeof data === 'number') return true;
        break;
      default:
        if (typeof data === name) return true;
    }
  }
  return false;
}

function enumAccepts(values: readonly unknown[], data: unknown): boolean | undefined {
  if (typeof data === 'object' && data !== null)
    return values.some((value) => typeof value === 'object' && value !== null) ? undefined : false;
  return values.some((value) => value === data);
}

function numberAccepts(facts: SchemaFacts, data: number): boolean {
  if (facts.minimum !== undefined && data < facts.minimum) return false;
  if (facts.maximum !== undefined && data > facts.maximum) return false;
  if (facts.exclusiveMinimum !== undefined && data <= facts.exclusiveMinimum) return false;
  if (facts.exclusiveMaximum !== undefined && data >= facts.exclusiveMaximum) return false;
  const multipleOf = facts.multipleOf;
  if (multipleOf !== undefined) {
    // ajv's test, to the last floating-point quirk.
    const ratio = data / multipleOf;
    if (multipleOf === 0 || ratio !== parseInt(String(ratio), 10)) return false;
  }
  return true;
}

function stringAccepts(facts: SchemaFacts, data: string): boolean {
  if (facts.minLength !== undefined || facts.maxLength !== undefined) {
    // ajv counts code points, as Go's validation counts runes.
    let length = 0;
    for (const _character of data) length++;
    if (facts.minLength !== undefined && length < facts.minLength) return false;
    if (facts.maxLength !== undefined && length > facts.maxLength) return false;
  }
  if (facts.pattern !== undefined) {
    const compiled = compileRe2(facts.pattern);
    if (!compiled.ok || !compiled.regexp.test(data)) return false;
  }
  return true;
}

function arrayAccepts(facts: SchemaFacts, data: readonly unknown[]): boolean | undefined {
  if (facts.minItems !== undefined && data.length < facts.minItems) return false;
  if (facts.maxItems !== undefined && data.length > facts.maxItems) return false;
  let result: boolean | undefined = facts.uniqueItems && data.length > 1 ? undefined : true;
  if (facts.items !== undefined) {
    for (const item of data) {
      const accepted = crdSchemaAccepts(facts.items, item);
      if (accepted === false) return false;
      if (accepted === undefined) result = undefined;
    }
  }
  return result;
}

function objectAccepts(facts: SchemaFacts, data: Record<string, unknown>): boolean | undefined {
  const keys = Object.keys(data);
  if (facts.minProperties !== undefined && keys.length < facts.minProperties) return false;
  if (facts.maxProperties !== undefined && keys.length > facts.maxProperties) return false;
  let result: boolean | undefined = facts.inheritedProperty ? undefined : true;
  if (facts.required !== undefined) {
    for (const name of facts.required) {
      // ajv reads `data[name]`, which finds what every object inherits.
      if (typeof name !== 'string' || name in Object.prototype) result = undefined;
      else if (!Object.hasOwn(data, name)) return false;
    }
  }
  const { properties, additional } = facts;
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
  branches: readonly unknown[],
  data: unknown,
): boolean | undefined {
  let passed = 0;
  let unknown = false;
  for (const branch of branches) {
    const accepted = isSchema(branch) ? crdSchemaAccepts(branch, data) : undefined;
    if (accepted === true) passed++;
    else if (accepted === undefined) unknown = true;
    else if (combinator === 'allOf') return false;
    // What the other branches say cannot change these answers.
    if (passed === 1 && combinator === 'anyOf') return true;
    if (passed === 2 && combinator === 'oneOf') return false;
  }
  switch (combinator) {
    case 'allOf':
      return unknown ? undefined : true;
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
