/**
 * Mutations driven by the schema: every field of a valid base, and every field its schema allows
 * beside them, pushed out of its domain (enum, range, format, DNS and label syntax, quantities),
 * removed, duplicated in lists, or emptied. The harness does not predict the verdict: the oracle
 * decides, podlint is compared with it.
 */
import { loadCatalog, propertyIn, releaseBit, type PropertySchema } from '../../packages/core/src/schema/catalog.js';
import type { PlainObject } from './bases.js';
import type { Random } from './random.js';

type Path = Array<string | number>;

/** One way to change a base: applied to a fresh copy, with the run's random source for values. */
export interface Operator {
  /** The field it targets, in the API server's notation. */
  path: Path;
  describe: string;
  /** It repeats a list item, key and all. */
  duplicatesListItem?: boolean;
  apply(object: PlainObject, random: Random): string;
}

const BAD_STRINGS = [
  '',
  'Invalid_Name',
  'UPPER',
  'with space',
  '-leading',
  'trailing-',
  'a.b',
  'x/y',
  '../escape',
  '0',
  'a'.repeat(64),
  'a'.repeat(254),
  'ünïcode',
  'name:tag@sha256:abc',
  '*',
];
const BAD_INTEGERS = [-1, 0, 1, 2, 65535, 65536, 2147483647, 100000000, -2147483648];
const BAD_QUANTITIES = ['-1', '0', '1.5Gix', '1e3', '0.5m', '-100Mi', '1Pi', 'lots'];
const BAD_INT_OR_STRING = [-1, 0, 65536, 'bad name!', '150%', '-5%', 'http', '', '25%'];
const BAD_KEYS = [
  'bad key',
  'UPPER/x',
  'a'.repeat(64),
  'example.com/',
  '-x',
  `${'x'.repeat(254)}/a`,
  'kubernetes.io/custom',
  'a/b/c',
  '_under',
];
const BAD_VALUES = ['bad value!', 'a'.repeat(64), '-x', '', 'ok-value'];

const catalog = loadCatalog();
const bit = releaseBit(catalog, '1.37');

function definitionOf(apiVersion: string, kind: string): string | undefined {
  return catalog.apiVersions[apiVersion]?.kinds[kind]?.definition;
}

function resolve(schema: PropertySchema | undefined): PropertySchema | undefined {
  if (!schema) return undefined;
  const inRelease = schema.variants ? propertyIn(schema, bit) : schema;
  return inRelease;
}

function propertiesOf(reference: string | undefined): Record<string, PropertySchema> {
  if (!reference) return {};
  const definition = catalog.definitions[reference];
  const result: Record<string, PropertySchema> = {};
  for (const [name, property] of Object.entries(definition?.properties ?? {})) {
    const inRelease = propertyIn(property, bit);
    if (inRelease) result[name] = inRelease;
  }
  return result;
}

function at(object: unknown, path: Path): unknown {
  let current = object;
  for (const segment of path) current = (current as Record<string | number, unknown> | undefined)?.[segment];
  return current;
}

function setAt(object: PlainObject, path: Path, value: unknown): void {
  const parent = at(object, path.slice(0, -1)) as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (value === undefined) {
    if (Array.isArray(parent) && typeof last === 'number') parent.splice(last, 1);
    else Reflect.deleteProperty(parent, last);
  } else parent[last] = value;
}

export function formatPath(path: Path): string {
  return path
    .map((segment, index) => (typeof segment === 'number' ? `[${segment}]` : index === 0 ? segment : `.${segment}`))
    .join('');
}

const show = (value: unknown): string => {
  const text = JSON.stringify(value) ?? 'undefined';
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
};

function setOperator(path: Path, values: readonly unknown[], label = 'set to'): Operator {
  return {
    path,
    describe: `${formatPath(path)} ${label} …`,
    apply(object, random) {
      const value = structuredClone(random.pick(values));
      setAt(object, path, value);
      return `${formatPath(path)} ${label} ${show(value)}`;
    },
  };
}

function referenceName(schema: PropertySchema): string | undefined {
  return schema.$ref ?? schema.items?.$ref;
}

/** Values outside a scalar's domain, by its schema. */
function badValuesFor(schema: PropertySchema, current: unknown): unknown[] {
  const reference = schema.$ref;
  if (reference?.endsWith('.Quantity')) return BAD_QUANTITIES;
  if (reference?.endsWith('.IntOrString') || schema.format === 'int-or-string') return BAD_INT_OR_STRING;
  if (reference?.endsWith('.Time') || reference?.endsWith('.MicroTime') || schema.format === 'date-time') return [];
  if (schema.enum)
    return [
      'Bogus',
      ...schema.enum.filter((value) => value !== current).slice(0, 3),
      typeof current === 'string' ? current.toLowerCase() : 'bogus',
    ];
  if (schema.type === 'string') return BAD_STRINGS;
  if (schema.type === 'integer' || schema.type === 'number') return BAD_INTEGERS;
  if (schema.type === 'boolean') return [current !== true];
  return [];
}

/** A value for a field the base leaves out: enough to reach the field's own checks. */
function valueForAbsent(schema: PropertySchema): unknown[] {
  if (schema.$ref) {
    const nested = catalog.definitions[schema.$ref];
    if (nested?.type === 'object' || nested?.properties) return [{}];
    return badValuesFor({ ...nested, $ref: schema.$ref } as PropertySchema, undefined);
  }
  if (schema.type === 'array') return schema.items?.$ref ? [[], [{}]] : [[], [''], ['Invalid_Value', 'Invalid_Value']];
  if (schema.type === 'object' && schema.additionalProperties) return [{}, { 'bad key': 'v' }, { valid: 'bad value!' }];
  if (schema.enum) return ['Bogus', ...schema.enum];
  return badValuesFor(schema, undefined);
}

/** Every operator for a base: the schema walk over the object as written. */
export function operatorsFor(object: PlainObject): Operator[] {
  const definition = definitionOf(String(object.apiVersion), String(object.kind));
  const operators: Operator[] = [];
  const visitObject = (value: PlainObject, reference: string | undefined, path: Path): void => {
    const properties = propertiesOf(reference);
    for (const [name, property] of Object.entries(properties)) {
      if (path.length === 0 && (name === 'apiVersion' || name === 'kind' || name === 'status')) continue;
      const child = value[name];
      const childPath = [...path, name];
      if (child === undefined) {
        const values = valueForAbsent(property);
        if (
          values.length > 0 &&
          !/^(status|managedFields|ownerReferences|creationTimestamp|deletionTimestamp|resourceVersion|uid|selfLink)$/.test(
            name,
          )
        )
          operators.push(setOperator(childPath, values, 'added as'));
        continue;
      }
      operators.push({
        path: childPath,
        describe: `${formatPath(childPath)} removed`,
        apply: (target) => (setAt(target, childPath, undefined), `${formatPath(childPath)} removed`),
      });
      visitValue(child, property, childPath);
    }
  };
  const visitValue = (value: unknown, schema: PropertySchema, path: Path): void => {
    const resolved = resolve(schema) ?? schema;
    const reference = referenceName(resolved);
    if (Array.isArray(value)) {
      if (value.length > 0)
        operators.push({
          path,
          describe: `${formatPath(path)} first item duplicated`,
          duplicatesListItem: true,
          apply: (target) => (
            (at(target, path) as unknown[]).push(structuredClone(value[0])),
            `${formatPath(path)} first item duplicated`
          ),
        });
      operators.push(setOperator(path, [[]], 'emptied to'));
      const items = resolved.items ?? {};
      value.forEach((item, index) => visitValue(item, items, [...path, index]));
      return;
    }
    if (value !== null && typeof value === 'object') {
      if (resolved.additionalProperties && typeof resolved.additionalProperties === 'object' && !reference) {
        const additional = resolved.additionalProperties;
        operators.push({
          path,
          describe: `${formatPath(path)} key added`,
          apply(target, random) {
            const key = random.pick(BAD_KEYS);
            const entry =
              additional.type === 'string'
                ? random.pick(BAD_VALUES)
                : additional.$ref?.endsWith('.Quantity')
                  ? random.pick(BAD_QUANTITIES)
                  : '1';
            (at(target, path) as PlainObject)[key] = entry;
            return `${formatPath(path)}[${show(key)}] added as ${show(entry)}`;
          },
        });
        for (const [key, entry] of Object.entries(value as PlainObject)) {
          const values =
            additional.type === 'string' ? BAD_VALUES : additional.$ref?.endsWith('.Quantity') ? BAD_QUANTITIES : [];
          if (values.length > 0 && typeof entry !== 'object') operators.push(setOperator([...path, key], values));
        }
        return;
      }
      if (reference || resolved.type === 'object') visitObject(value as PlainObject, reference, path);
      return;
    }
    const values = badValuesFor(resolved, value);
    if (values.length > 0) operators.push(setOperator(path, values));
  };
  visitObject(object, definition, []);
  return operators;
}

export { at, setAt };

/**
 * Operators for fields the ledger's call sites name (`Child("…")`) that the walk over a base does
 * not reach because they sit below objects the base leaves out: each builds the objects on the way
 * (lists get one item) and sets the field out of its domain. At most `perField` paths per field.
 */
export function operatorsForLedgerFields(
  object: PlainObject,
  fields: ReadonlySet<string>,
  reached: ReadonlySet<string>,
  perField = 2,
  maxDepth = 7,
): Operator[] {
  const definition = definitionOf(String(object.apiVersion), String(object.kind));
  const operators: Operator[] = [];
  const found = new Map<string, number>();
  const visit = (reference: string | undefined, path: Path, seen: ReadonlySet<string>): void => {
    if (!reference || path.length >= maxDepth || seen.has(reference)) return;
    const nextSeen = new Set(seen).add(reference);
    for (const [name, property] of Object.entries(propertiesOf(reference))) {
      if (path.length === 0 && /^(apiVersion|kind|status|metadata)$/.test(name)) continue;
      const childPath = [...path, name];
      const resolved = resolve(property) ?? property;
      if (
        fields.has(name) &&
        !reached.has(name) &&
        (found.get(name) ?? 0) < perField &&
        at(object, childPath) === undefined
      ) {
        const values = valueForAbsent(resolved);
        if (values.length > 0) {
          found.set(name, (found.get(name) ?? 0) + 1);
          operators.push(buildAndSet(childPath, values));
        }
      }
      if (resolved.type === 'array' && resolved.items?.$ref) visit(resolved.items.$ref, [...childPath, 0], nextSeen);
      else if (resolved.$ref) visit(resolved.$ref, childPath, nextSeen);
    }
  };
  visit(definition, [], new Set());
  return operators;
}

/** Sets a value at a path, creating the objects and one-item lists on the way where they are missing. */
function buildAndSet(path: Path, values: readonly unknown[]): Operator {
  return {
    path,
    describe: `${formatPath(path)} added (ledger field) as …`,
    apply(object, random) {
      let current: Record<string | number, unknown> = object;
      for (let index = 0; index < path.length - 1; index++) {
        const segment = path[index] as string | number;
        const nextIsIndex = typeof path[index + 1] === 'number';
        if (current[segment] === undefined || current[segment] === null) current[segment] = nextIsIndex ? [] : {};
        if (nextIsIndex && (current[segment] as unknown[]).length === 0) (current[segment] as unknown[]).push({});
        current = current[segment] as Record<string | number, unknown>;
      }
      const value = structuredClone(random.pick(values));
      current[path[path.length - 1] as string | number] = value;
      return `${formatPath(path)} added (ledger field) as ${show(value)}`;
    },
  };
}
