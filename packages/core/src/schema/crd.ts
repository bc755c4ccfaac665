import type { ErrorObject, ValidateFunction } from 'ajv';
import type { FieldPath } from '../model/path.js';
import type { Resource } from '../model/resource.js';
import { asArray, asObject, asString, isObject, type PlainObject } from '../model/values.js';
import { createAjv } from './ajv-setup.js';
import { crdSchemaAccepts, failingPart, surelyCompiles } from './crd-check.js';
import { compileRe2 } from './re2.js';
import type { JsonSchema } from './json-schema.js';
import type { FieldShape, ObjectShape, SchemaNavigator } from './navigator.js';

/**
 * CustomResourceDefinitions from the input, `crds:` in the config and `--crd`: what each serves,
 * and validators for custom resources built from the CRD's `openAPIV3Schema` (per version).
 */
export interface CrdVersion {
  readonly group: string;
  readonly version: string;
  readonly kind: string;
  readonly crdName: string;
  readonly served: boolean;
  /** The OpenAPI v3 schema of this version, if the CRD has one. */
  readonly schema: PlainObject | undefined;
  /** v1beta1 CRDs keep unknown fields unless `preserveUnknownFields: false`. */
  readonly preserveUnknownFields: boolean;
  /** With the status subresource, `status` is reset on create and never validated there. */
  readonly statusSubresource: boolean;
}

export class CrdIndex {
  private readonly byKey = new Map<string, CrdVersion>();
  private readonly versionsByGroupKind = new Map<string, CrdVersion[]>();
  private readonly schemas = new Map<CrdVersion, JsonSchema | null>();
  readonly groups = new Set<string>();

  constructor(resources: Iterable<Resource>) {
    for (const resource of resources) {
      if (resource.group !== 'apiextensions.k8s.io' || resource.kind !== 'CustomResourceDefinition') continue;
      for (const version of crdVersions(resource)) {
        const key = `${version.group}/${version.version}/${version.kind}`;
        if (!this.byKey.has(key)) this.byKey.set(key, version);
        const groupKind = `${version.group}/${version.kind}`;
        this.versionsByGroupKind.set(groupKind, [...(this.versionsByGroupKind.get(groupKind) ?? []), version]);
        this.groups.add(version.group);
      }
    }
  }

  get size(): number {
    return this.byKey.size;
  }

  find(group: string, version: string, kind: string): CrdVersion | undefined {
    return this.byKey.get(`${group}/${version}/${kind}`);
  }

  /** Every version a CRD defines for a group and kind (to say which ones are served). */
  versionsOf(group: string, kind: string): readonly CrdVersion[] {
    return this.versionsByGroupKind.get(`${group}/${kind}`) ?? [];
  }

  /**
   * Validates a custom resource against its CRD's schema; no schema means nothing to check. A
   * resource the schema surely accepts needs no compiled validator: most never compile one, and
   * the others compile only the part of the schema they may fail.
   */
  validate(version: CrdVersion, object: unknown): readonly ErrorObject[] {
    if (!version.schema) return [];
    let schema = this.schemas.get(version);
    if (schema === undefined) {
      schema = crdValidationSchema({ ...version, schema: version.schema });
      this.schemas.set(version, schema);
    }
    if (!schema) return [];
    const checked = surelyCompiles(schema)
      ? failingPart(schema, object)
      : crdSchemaAccepts(schema, object) === true
        ? undefined
        : schema;
    if (!checked) return [];
    const validate = compileCrdSchema(checked);
    if (!validate) return [];
    return validate(object) ? [] : (validate.errors ?? []);
  }

  kindsOf(group: string): string[] {
    return [...new Set([...this.byKey.values()].filter((v) => v.group === group).map((v) => v.kind))];
  }
}

function crdVersions(resource: Resource): CrdVersion[] {
  const spec = asObject(resource.object.spec);
  const group = asString(spec?.group);
  const kind = asString(asObject(spec?.names)?.kind);
  if (!spec || !group || !kind) return [];
  const crdName = resource.name ?? `${kind}.${group}`;
  const legacy = resource.version === 'v1beta1';
  const sharedSchema = asObject(asObject(spec.validation)?.openAPIV3Schema);
  const preserveUnknownFields = legacy ? spec.preserveUnknownFields !== false : spec.preserveUnknownFields === true;
  const versions = asArray(spec.versions).filter(isObject);
  const hasStatus = (subresources: unknown): boolean => asObject(subresources)?.status !== undefined;
  if (versions.length === 0 && typeof spec.version === 'string') {
    return [
      {
        group,
        version: spec.version,
        kind,
        crdName,
        served: true,
        schema: sharedSchema,
        preserveUnknownFields,
        statusSubresource: hasStatus(spec.subresources),
      },
    ];
  }
  return versions.flatMap((entry) => {
    const version = asString(entry.name);
    if (!version) return [];
    const schema = asObject(asObject(entry.schema)?.openAPIV3Schema) ?? sharedSchema;
    const statusSubresource = hasStatus(entry.subresources) || hasStatus(spec.subresources);
    return [
      {
        group,
        version,
        kind,
        crdName,
        served: entry.served !== false,
        schema,
        preserveUnknownFields,
        statusSubresource,
      },
    ];
  });
}

/**
 * Compiled CRD schemas by content, shared across runs: the language server re-lints a custom
 * resource on every edit, and its CRD rarely changes. ajv keeps the code of every schema it
 * compiles, so the instance is replaced, with the cache, once it holds this many schemas: memory
 * stays bounded however many CRD edits a session sees.
 */
const COMPILED_SCHEMAS_LIMIT = 256;
let compiledSchemas = new Map<string, ValidateFunction | null>();
let crdAjv: ReturnType<typeof createAjv> | undefined;

/** A CRD version's schema as ajv's JSON Schema; null when it cannot be read, which is not the user's error. */
function crdValidationSchema(version: CrdVersion & { schema: PlainObject }): JsonSchema | null {
  let schema: JsonSchema;
  try {
    schema = crdJsonSchema(version.schema, version.preserveUnknownFields);
  } catch {
    return null;
  }
  if (version.statusSubresource && typeof schema.properties === 'object' && schema.properties !== null) {
    (schema.properties as Record<string, unknown>).status = {};
  }
  return schema;
}

/** A CRD schema compiled; null when ajv cannot, which is not the user's error (a pattern RE2 refuses is reported on the CRD). */
function compileCrdSchema(schema: JsonSchema): ValidateFunction | null {
  const key = JSON.stringify(schema);
  const known = compiledSchemas.get(key);
  if (known !== undefined) return known;
  if (compiledSchemas.size >= COMPILED_SCHEMAS_LIMIT || crdAjv === undefined) {
    compiledSchemas = new Map();
    crdAjv = createAjv({ messages: true, inlineRefs: true, code: { optimize: false, regExp: re2RegExp } });
  }
  let validate: ValidateFunction | null;
  try {
    validate = crdAjv.compile(schema);
  } catch {
    validate = null;
  }
  compiledSchemas.set(key, validate);
  return validate;
}

const COMBINATORS = ['allOf', 'anyOf', 'oneOf'] as const;

const COPIED_KEYWORDS = [
  'required',
  'minimum',
  'maximum',
  'minLength',
  'maxLength',
  'minItems',
  'maxItems',
  'multipleOf',
  'minProperties',
  'maxProperties',
  'uniqueItems',
];

/**
 * A structural OpenAPI v3 schema as ajv's JSON Schema: `nullable`, the int-or-string and
 * preserve-unknown-fields extensions, and closed objects (the API server rejects unknown fields of
 * custom resources under strict field validation). Formats are left out: the API server ignores
 * unknown ones and its own differ from ajv's.
 */
export function crdJsonSchema(node: PlainObject, preserveUnknownFields: boolean, isRoot = true): JsonSchema {
  const out: JsonSchema = {};
  const nullable = node.nullable === true;
  if (node['x-kubernetes-int-or-string'] === true)
    out.type = nullable ? ['integer', 'string', 'null'] : ['integer', 'string'];
  else if (typeof node.type === 'string') {
    out.type = node.type;
    if (nullable) out.nullable = true;
  }
  for (let index = 0; index < COPIED_KEYWORDS.length; index++) {
    const keyword = COPIED_KEYWORDS[index] as string;
    if (node[keyword] !== undefined) out[keyword] = node[keyword];
  }
  if (node.exclusiveMinimum === true && typeof node.minimum === 'number') {
    out.exclusiveMinimum = node.minimum;
    delete out.minimum;
  }
  if (node.exclusiveMaximum === true && typeof node.maximum === 'number') {
    out.exclusiveMaximum = node.maximum;
    delete out.maximum;
  }
  if (Array.isArray(node.enum)) out.enum = nullable ? [...node.enum, null] : node.enum;
  // Kept even when RE2 refuses it: the API server then fails every value checked against it.
  if (typeof node.pattern === 'string') out.pattern = node.pattern;
  const properties = asObject(node.properties);
  if (properties) {
    // A loop, not entries/filter/map/fromEntries: this runs once per node of every CRD schema.
    const converted: Record<string, JsonSchema> = {};
    const names = Object.keys(properties);
    for (let index = 0; index < names.length; index++) {
      const name = names[index] as string;
      const child = properties[name];
      if (!isObject(child)) continue;
      const schema = crdJsonSchema(child, preserveUnknownFields, false);
      // An own property named __proto__, as fromEntries made it, not the object's prototype.
      if (name === '__proto__')
        Object.defineProperty(converted, name, { value: schema, enumerable: true, writable: true, configurable: true });
      else converted[name] = schema;
    }
    out.properties = converted;
  }
  if (isObject(node.additionalProperties))
    out.additionalProperties = crdJsonSchema(node.additionalProperties, preserveUnknownFields, false);
  else if (typeof node.additionalProperties === 'boolean') out.additionalProperties = node.additionalProperties;
  const keepsUnknown = preserveUnknownFields || node['x-kubernetes-preserve-unknown-fields'] === true;
  if (node.type === 'object' && out.additionalProperties === undefined && !keepsUnknown)
    out.additionalProperties = false;
  if (isObject(node.items)) out.items = crdJsonSchema(node.items, preserveUnknownFields, false);
  for (let index = 0; index < COMBINATORS.length; index++) {
    const combinator = COMBINATORS[index] as (typeof COMBINATORS)[number];
    const list = node[combinator];
    if (!Array.isArray(list)) continue;
    const branches = list.filter(isObject);
    if (branches.length) out[combinator] = branches.map((branch) => crdJsonSchema(branch, true, false));
  }
  if (isObject(node.not)) out.not = crdJsonSchema(node.not, true, false);
  if (isRoot || node['x-kubernetes-embedded-resource'] === true) {
    // apiVersion, kind and metadata are the API server's: ObjectMeta is checked like any object's.
    const own = (out.properties as Record<string, JsonSchema> | undefined) ?? {};
    out.properties = { ...own, apiVersion: { type: 'string' }, kind: { type: 'string' }, metadata: { type: 'object' } };
  }
  return out;
}

/**
 * CRD patterns run on RE2, as in the API server (Go's regexp): matching is linear in the input, so
 * `^(a+)+$` cannot hang podlint the way JavaScript's backtracking engine would, and the syntax is
 * RE2's (no lookaround, no backreferences). A pattern RE2 refuses matches nothing: the API server
 * reports "pattern is invalid" for every value checked against it.
 */
function re2RegExp(pattern: string): { test: (input: string) => boolean; toString: () => string } {
  const compiled = compileRe2(pattern);
  // ajv shares compiled patterns between schemas by their toString(): it must name the pattern.
  const toString = (): string => `re2:${pattern}`;
  if (!compiled.ok) return { test: () => false, toString };
  return { test: (input) => compiled.regexp.test(input), toString };
}
// ajv's RegExpEngine type wants the code that would load the engine in standalone validators;
// CRD validators are compiled at run time only.
re2RegExp.code = 'require("re2js").RE2JS';

/** Walks a CRD's schema along a data path, for "did you mean" and messages. */
export class CrdNavigator implements SchemaNavigator {
  constructor(
    private readonly version: CrdVersion,
    private readonly root: PlainObject,
  ) {}

  objectAt(path: FieldPath): ObjectShape | undefined {
    const node = this.walk(path);
    const properties = asObject(node?.properties);
    if (!node || !properties) return undefined;
    const where = path.filter((segment) => typeof segment === 'string').join('.');
    return {
      owner: where ? `${this.version.kind} ${where}` : this.version.kind,
      names: Object.keys(properties),
      availability: () => undefined,
    };
  }

  fieldAt(path: FieldPath): FieldShape | undefined {
    const node = this.walk(path);
    if (!node) return undefined;
    const last = path[path.length - 1];
    const shape: { -readonly [K in keyof FieldShape]: FieldShape[K] } = { owner: this.version.kind };
    if (typeof last === 'string') shape.property = last;
    if (typeof node.type === 'string') shape.type = node.type;
    if (node['x-kubernetes-int-or-string'] === true) shape.format = 'int-or-string';
    else if (typeof node.format === 'string') shape.format = node.format;
    return shape;
  }

  private walk(path: FieldPath): PlainObject | undefined {
    let node: PlainObject | undefined = this.root;
    for (const segment of path) {
      if (!node) return undefined;
      if (typeof segment === 'number') node = asObject(node.items);
      else node = asObject(asObject(node.properties)?.[segment]) ?? asObject(node.additionalProperties);
    }
    return node;
  }
}

/** A schema node of a CRD and where it is: the path is made when asked for, as most nodes are never reported on. */
export interface CrdSchemaNode {
  readonly node: PlainObject;
  readonly path: FieldPath;
}

class NodeAt implements CrdSchemaNode {
  private made: FieldPath | undefined;

  constructor(
    readonly node: PlainObject,
    private readonly parent: NodeAt | undefined,
    private readonly steps: FieldPath,
  ) {}

  get path(): FieldPath {
    // Made from the nearest ancestor that has its path, without recursion: schemas nest deep.
    if (this.made) return this.made;
    const unmade: NodeAt[] = [this];
    let at = this.parent;
    for (; at && at.made === undefined; at = at.parent) unmade.push(at);
    let path: FieldPath = at?.made ?? [];
    for (let index = unmade.length - 1; index >= 0; index--) {
      const node = unmade[index] as NodeAt;
      path = node.made = [...path, ...node.steps];
    }
    return path;
  }
}

const SINGLE_CHILDREN = ['additionalProperties', 'items', 'not'] as const;

/** Every CRD's schema nodes, walked once for all the rules that look at them. */
const schemaNodesOf = new WeakMap<Resource, readonly CrdSchemaNode[]>();

/** Every schema node of a CRD's `openAPIV3Schema`s (per version, and the legacy shared one), with its path. */
export function crdSchemaNodes(resource: Resource): readonly CrdSchemaNode[] {
  const known = schemaNodesOf.get(resource);
  if (known) return known;
  const spec = asObject(resource.object.spec);
  const roots: NodeAt[] = [];
  const shared = asObject(asObject(spec?.validation)?.openAPIV3Schema);
  if (shared) roots.push(new NodeAt(shared, undefined, ['spec', 'validation', 'openAPIV3Schema']));
  asArray(spec?.versions).forEach((version, index) => {
    const schema = asObject(asObject(asObject(version)?.schema)?.openAPIV3Schema);
    if (schema) roots.push(new NodeAt(schema, undefined, ['spec', 'versions', index, 'schema', 'openAPIV3Schema']));
  });
  // An explicit stack: schemas may nest as deep as the loader allows.
  const out: NodeAt[] = [];
  // Indexed loops: a CRD has thousands of nodes, walked once, before V8 optimizes this, where
  // for…of, entries and forEach allocate per step.
  for (let next = roots.pop(); next; next = roots.pop()) {
    out.push(next);
    const { node } = next;
    const properties = asObject(node.properties);
    if (properties) {
      const names = Object.keys(properties);
      for (let index = 0; index < names.length; index++) {
        const name = names[index] as string;
        const child = properties[name];
        if (isObject(child)) roots.push(new NodeAt(child, next, ['properties', name]));
      }
    }
    for (let keyword = 0; keyword < SINGLE_CHILDREN.length; keyword++) {
      const child = node[SINGLE_CHILDREN[keyword] as string];
      if (isObject(child)) roots.push(new NodeAt(child, next, [SINGLE_CHILDREN[keyword] as string]));
    }
    for (let keyword = 0; keyword < COMBINATORS.length; keyword++) {
      const branches = node[COMBINATORS[keyword] as string];
      if (!Array.isArray(branches)) continue;
      for (let index = 0; index < branches.length; index++) {
        const child: unknown = branches[index];
        if (isObject(child)) roots.push(new NodeAt(child, next, [COMBINATORS[keyword] as string, index]));
      }
    }
  }
  schemaNodesOf.set(resource, out);
  return out;
}
