import type { KubernetesVersion } from '../release/versions.js';
import type { FieldPath } from '../model/path.js';
import {
  definitionIn,
  describeField,
  loadCatalog,
  loadKindIndex,
  propertyIn,
  releaseBit,
  releasesOf,
  type PropertySchema,
} from './catalog.js';
import { displayName } from './navigator.js';

/**
 * What an editor asks of the schema: the field at a path of a built-in kind (for hover) and the
 * fields an object may have (for completion). Paths are data paths; any number stands for a list item.
 */
export interface FieldInfo {
  name: string;
  /** `string`, `integer`, `object`, `array of Container`… */
  type: string;
  description?: string;
  /** The releases podlint knows that have the field, oldest first. */
  releases: string[];
  /** The closed set of values, when the schema has one. */
  values?: readonly string[];
  /** The object type the value is (`io.k8s.api.core.v1.Probe`), when it is one. */
  definition?: string;
  required: boolean;
}

/** The catalog definition of a built-in kind in a release, or undefined (custom resources, unknown kinds). */
export function kindDefinition(apiVersion: string, kind: string, version: KubernetesVersion): string | undefined {
  const index = loadKindIndex();
  const entry = index.apiVersions[apiVersion]?.kinds[kind];
  return entry && (entry.r & releaseBit(index, version)) !== 0 ? entry.definition : undefined;
}

/** The apiVersion and kind pairs a release serves (APIs off by default excluded). */
export function servedKinds(version: KubernetesVersion): Array<{ apiVersion: string; kind: string }> {
  const index = loadKindIndex();
  const bit = releaseBit(index, version);
  const pairs: Array<{ apiVersion: string; kind: string }> = [];
  for (const [apiVersion, entry] of Object.entries(index.apiVersions)) {
    if (entry.optIn || (entry.r & bit) === 0) continue;
    for (const [kind, kindEntry] of Object.entries(entry.kinds))
      if ((kindEntry.r & bit) !== 0) pairs.push({ apiVersion, kind });
  }
  return pairs;
}

/** The fields of the object at `path` of a built-in kind, in the target release. */
export function fieldsAt(rootDefinition: string, path: FieldPath, version: KubernetesVersion): FieldInfo[] {
  const catalog = loadCatalog();
  const bit = releaseBit(catalog, version);
  const definitionName = objectDefinitionAt(rootDefinition, path, version);
  const definition = definitionName ? definitionIn(catalog, definitionName, bit) : undefined;
  if (!definitionName || !definition?.properties) return [];
  const fields: FieldInfo[] = [];
  for (const [name, merged] of Object.entries(definition.properties)) {
    const property = propertyIn(merged, bit);
    if (property) fields.push(describe(definitionName, name, merged, property, bit));
  }
  return fields;
}

/** The field at `path` (its last segment a name) of a built-in kind, in the target release. */
export function fieldAt(rootDefinition: string, path: FieldPath, version: KubernetesVersion): FieldInfo | undefined {
  const name = path[path.length - 1];
  if (typeof name !== 'string') return undefined;
  return fieldsAt(rootDefinition, path.slice(0, -1), version).find((field) => field.name === name);
}

function describe(
  owner: string,
  name: string,
  merged: PropertySchema,
  property: PropertySchema,
  bit: number,
): FieldInfo {
  const catalog = loadCatalog();
  const description = describeField(owner, name);
  const releases = releasesOf(catalog, merged.r ?? (1 << catalog.releases.length) - 1);
  const definition = property.$ref ?? property.items?.$ref;
  const values =
    property.enum ??
    property.items?.enum ??
    (property.$ref ? definitionIn(catalog, property.$ref, bit)?.enum : undefined);
  return {
    name,
    type: typeName(property),
    releases,
    required: property.required === true || (typeof property.required === 'number' && (property.required & bit) !== 0),
    ...(description ? { description } : {}),
    ...(values ? { values } : {}),
    ...(definition ? { definition } : {}),
  };
}

function typeName(property: PropertySchema): string {
  if (property.$ref) return displayName(property.$ref);
  if (property.type === 'array') return `array of ${property.items ? typeName(property.items) : 'any'}`;
  if (property.type === 'object' && typeof property.additionalProperties === 'object')
    return `map of ${typeName(property.additionalProperties)}`;
  return property.format ? `${property.type ?? 'any'} (${property.format})` : (property.type ?? 'any');
}

/** Follows a data path through references, list items and maps to the object definition it ends on. */
function objectDefinitionAt(rootDefinition: string, path: FieldPath, version: KubernetesVersion): string | undefined {
  const catalog = loadCatalog();
  const bit = releaseBit(catalog, version);
  let schema: PropertySchema | undefined = { $ref: rootDefinition };
  for (const segment of path) {
    if (!schema) return undefined;
    if (schema.$ref) {
      const definition = definitionIn(catalog, schema.$ref, bit);
      const merged = typeof segment === 'string' ? definition?.properties?.[segment] : undefined;
      schema = merged ? propertyIn(merged, bit) : undefined;
    } else if (typeof segment === 'number') {
      schema = schema.items;
    } else if (typeof schema.additionalProperties === 'object') {
      schema = schema.additionalProperties;
    } else {
      return undefined;
    }
  }
  return schema?.$ref;
}
