import { NULL_ITEMS_KEYWORD, REQUIRED_KEYWORD, UNIQUE_KEYS_KEYWORD } from './ajv-setup.js';
import {
  definitionIn,
  isRequiredIn,
  propertyIn,
  releaseBit,
  type DefinitionSchema,
  type PropertySchema,
  type SchemaCatalog,
} from './catalog.js';
import { enforcedEnum, enforcedRequired, extraRequired, labelMapKind, uniqueKeysOf } from './enforcement.js';
import type { KubernetesVersion } from '../release/versions.js';

/**
 * Turns the merged catalog into the JSON Schema ajv compiles for one kind in one release. It
 * describes what the API server's strict decoder accepts (unknown fields, types, number ranges,
 * formats) plus the few generic checks validation applies everywhere (required fields, closed
 * value sets, label syntax, duplicate list keys), each only where src/schema/enforcement.ts says
 * the API server really enforces it.
 */
export type JsonSchema = { [keyword: string]: unknown };

/** Bumped whenever the shape of generated schemas changes, so stale precompiled validators are ignored. */
export const SCHEMA_BUILDER_VERSION = 3;

export const INT32 = { minimum: -2147483648, maximum: 2147483647 } as const;
/**
 * int64 bounds as doubles: 2^63 − 1 is not representable, so the maximum is the largest double
 * below 2^63 and values at or above it are re-checked against their source text (see analyze.ts).
 */
export const INT64 = { minimum: -9223372036854775808, maximum: 9223372036854774784 } as const;

/** Definitions that are not plain structs: their JSON form is decoded by custom code. */
const SPECIAL_DEFINITIONS: Readonly<Record<string, JsonSchema>> = {
  'io.k8s.apimachinery.pkg.util.intstr.IntOrString': { type: ['integer', 'string', 'null'], ...INT32 },
  'io.k8s.apimachinery.pkg.api.resource.Quantity': { type: ['string', 'number', 'null'], format: 'quantity' },
  'io.k8s.apimachinery.pkg.apis.meta.v1.Time': { type: 'string', nullable: true, format: 'date-time' },
  'io.k8s.apimachinery.pkg.apis.meta.v1.MicroTime': { type: 'string', nullable: true, format: 'date-time' },
  'io.k8s.apimachinery.pkg.runtime.RawExtension': {},
  'io.k8s.apimachinery.pkg.apis.meta.v1.FieldsV1': {},
  'io.k8s.apimachinery.pkg.apis.meta.v1.Patch': {},
  'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSON': {},
  'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSONSchemaPropsOrArray': {
    type: ['object', 'array', 'null'],
  },
  'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSONSchemaPropsOrBool': {
    type: ['object', 'boolean', 'null'],
  },
  'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSONSchemaPropsOrStringArray': {
    type: ['object', 'array', 'null'],
  },
};

export const DEFINITIONS_PREFIX = '#/definitions/';
/** Suffix of definitions reached through `status`: decoded strictly but never validated on create. */
export const DECODE_ONLY_SUFFIX = ':decode';

/** The JSON Schema of a kind's definition in one release, with every definition it reaches. */
export function kindJsonSchema(catalog: SchemaCatalog, version: KubernetesVersion, root: string): JsonSchema {
  const builder = new KindSchemaBuilder(catalog, releaseBit(catalog, version));
  return { $ref: `${DEFINITIONS_PREFIX}${root}`, definitions: builder.build([root]) };
}

/**
 * Every definition the kinds of a release reach, as one document: ajv compiles a definition once
 * and shares it between kinds (`<id>#/definitions/<name>`).
 */
export function releaseJsonSchema(catalog: SchemaCatalog, version: KubernetesVersion, id: string): JsonSchema {
  const bit = releaseBit(catalog, version);
  const roots = Object.values(catalog.apiVersions).flatMap((entry) =>
    Object.values(entry.kinds)
      .filter((kind) => (kind.r & bit) !== 0)
      .map((kind) => kind.definition),
  );
  return { $id: id, definitions: new KindSchemaBuilder(catalog, bit).build(roots) };
}

const kindRootCache = new WeakMap<SchemaCatalog, ReadonlySet<string>>();

/** Definitions that are a kind of some release: their `status` is reset on create wherever they appear. */
function kindRoots(catalog: SchemaCatalog): ReadonlySet<string> {
  let roots = kindRootCache.get(catalog);
  if (!roots) {
    roots = new Set(
      Object.values(catalog.apiVersions).flatMap((entry) => Object.values(entry.kinds).map((kind) => kind.definition)),
    );
    kindRootCache.set(catalog, roots);
  }
  return roots;
}

class KindSchemaBuilder {
  private readonly definitions: Record<string, JsonSchema> = {};
  private readonly pending: string[] = [];

  constructor(
    private readonly catalog: SchemaCatalog,
    private readonly bit: number,
  ) {}

  build(roots: readonly string[]): Record<string, JsonSchema> {
    for (const root of roots) this.reach(root, false);
    while (this.pending.length) {
      const id = this.pending.pop() ?? '';
      if (this.definitions[id]) continue;
      const decodeOnly = id.endsWith(DECODE_ONLY_SUFFIX);
      const name = decodeOnly ? id.slice(0, -DECODE_ONLY_SUFFIX.length) : id;
      this.definitions[id] =
        SPECIAL_DEFINITIONS[name] ??
        this.definition(name, decodeOnly, !decodeOnly && kindRoots(this.catalog).has(name));
    }
    return sortKeys(this.definitions);
  }

  private reach(name: string, decodeOnly: boolean): JsonSchema {
    const id = decodeOnly && !SPECIAL_DEFINITIONS[name] ? `${name}${DECODE_ONLY_SUFFIX}` : name;
    if (!this.definitions[id]) this.pending.push(id);
    return { $ref: `${DEFINITIONS_PREFIX}${id}` };
  }

  private lookup(name: string): DefinitionSchema | undefined {
    return definitionIn(this.catalog, name, this.bit) ?? this.catalog.definitions[name];
  }

  /** Required fields of a definition that validation enforces (what a null list entry lacks). */
  private requiredOf(name: string): string[] {
    const definition = this.lookup(name);
    const required = new Set<string>();
    for (const [property, merged] of Object.entries(definition?.properties ?? {})) {
      if (propertyIn(merged, this.bit) && enforcedRequired(name, property, isRequiredIn(merged, this.bit)))
        required.add(property);
    }
    for (const extra of extraRequired(name)) if (definition?.properties?.[extra]) required.add(extra);
    return [...required].sort();
  }

  private definition(name: string, decodeOnly: boolean, isRoot: boolean): JsonSchema {
    const definition = this.lookup(name);
    if (!definition) return {};
    if (!definition.properties) return scalarJsonSchema(definition.type, definition.format);
    const properties: Record<string, JsonSchema> = {};
    for (const [property, merged] of Object.entries(definition.properties)) {
      const schema = propertyIn(merged, this.bit);
      if (!schema) continue;
      // The create strategies reset status, so only its decoding can fail.
      const childDecodeOnly = decodeOnly || (isRoot && property === 'status');
      properties[property] = this.property(name, property, schema, childDecodeOnly);
    }
    const out: JsonSchema = { type: 'object', nullable: true, properties };
    if (!definition.preserveUnknownFields) out.additionalProperties = false;
    const required = decodeOnly ? [] : this.requiredOf(name);
    if (required.length) out[REQUIRED_KEYWORD] = required;
    return out;
  }

  private property(definition: string, property: string, schema: PropertySchema, decodeOnly: boolean): JsonSchema {
    const out = this.value(schema, decodeOnly);
    if (decodeOnly) return out;
    if (schema.enum) {
      const allowed = enforcedEnum(definition, property, schema.enum);
      if (allowed) out.enum = [...allowed, null];
    }
    if (schema.items?.enum && isObjectSchema(out.items)) {
      const allowed = enforcedEnum(definition, property, schema.items.enum);
      if (allowed) out.items.enum = [...allowed, null];
    }
    const keys = uniqueKeysOf(definition, property);
    if (keys) out[UNIQUE_KEYS_KEYWORD] = keys;
    if (schema.type === 'array' && schema.items?.$ref) {
      const required = this.requiredOf(schema.items.$ref);
      if (required.length) out[NULL_ITEMS_KEYWORD] = required;
    }
    const labels = labelMapKind(definition, property);
    if (labels === 'labels') {
      out.propertyNames = { format: 'label-key' };
      out.additionalProperties = { type: 'string', nullable: true, format: 'label-value' };
    } else if (labels === 'annotations') {
      out.propertyNames = { format: 'annotation-key' };
    }
    return out;
  }

  private value(schema: PropertySchema, decodeOnly: boolean): JsonSchema {
    if (schema.$ref) return this.reach(schema.$ref, decodeOnly);
    if (schema.type === 'array')
      return { type: 'array', nullable: true, items: schema.items ? this.value(schema.items, decodeOnly) : {} };
    if (schema.type === 'object') {
      const out: JsonSchema = { type: 'object', nullable: true };
      if (typeof schema.additionalProperties === 'object')
        out.additionalProperties = this.value(schema.additionalProperties, decodeOnly);
      return out;
    }
    return scalarJsonSchema(schema.type, schema.format);
  }
}

function scalarJsonSchema(type: string | undefined, format: string | undefined): JsonSchema {
  switch (type) {
    case 'integer':
      return { type: 'integer', nullable: true, ...(format === 'int32' ? INT32 : INT64) };
    case 'number':
      return { type: 'number', nullable: true };
    case 'boolean':
      return { type: 'boolean', nullable: true };
    case 'string':
      if (format === 'int-or-string') return { type: ['integer', 'string', 'null'], ...INT32 };
      if (format === 'byte' || format === 'date-time') return { type: 'string', nullable: true, format };
      return { type: 'string', nullable: true };
    case 'object':
      return { type: 'object', nullable: true };
    default:
      return {};
  }
}

function isObjectSchema(value: unknown): value is JsonSchema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function sortKeys<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(
    Object.keys(record)
      .sort()
      .map((key) => [key, record[key] as T]),
  );
}
