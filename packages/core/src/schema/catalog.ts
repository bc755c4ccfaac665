import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { KubernetesVersion } from '../release/versions.js';

/**
 * The merged schema of every release (packages/core/schemas/kubernetes.json, written by
 * scripts/gen-schemas.mjs). Release sets are bit masks over `releases`; an absent mask means
 * "every release of the enclosing definition".
 */
export interface PropertySchema {
  readonly $ref?: string;
  readonly type?: string;
  readonly format?: string;
  readonly items?: PropertySchema;
  readonly additionalProperties?: PropertySchema | boolean;
  readonly enum?: readonly string[];
  readonly listType?: 'atomic' | 'set' | 'map';
  readonly listMapKeys?: readonly string[];
  readonly mapType?: string;
  readonly preserveUnknownFields?: boolean;
  /** Releases the property exists in. */
  readonly r?: number;
  /** Releases the OpenAPI document lists it as required in (`true`: all of them). */
  readonly required?: true | number;
  /** The property's schema changed between releases: one entry per shape. */
  readonly variants?: readonly PropertySchema[];
}

export interface DefinitionSchema {
  readonly r?: number;
  readonly type?: string;
  readonly format?: string;
  readonly enum?: readonly string[];
  readonly preserveUnknownFields?: boolean;
  readonly properties?: Readonly<Record<string, PropertySchema>>;
}

export interface KindEntry {
  readonly definition: string;
  readonly r: number;
  readonly namespaced: boolean;
}

export interface ApiVersionEntry {
  readonly r: number;
  /** Not served unless the cluster enables it (alpha, and beta APIs added since 1.24). */
  readonly optIn?: boolean;
  readonly kinds: Readonly<Record<string, KindEntry>>;
}

/** The releases and the kinds each serves: all a run needs until a schema finding is explained. */
export interface KindIndex {
  readonly releases: readonly string[];
  readonly apiVersions: Readonly<Record<string, ApiVersionEntry>>;
}

export interface SchemaCatalog extends KindIndex {
  readonly sources: Readonly<Record<string, string>>;
  readonly definitions: Readonly<Record<string, DefinitionSchema>>;
}

/** Where the schemas sit relative to an ancestor of this module: core's sources, or a bundle beside core. */
const SCHEMA_DIRECTORY_CANDIDATES = ['schemas', 'core/schemas', 'packages/core/schemas'];

let foundDirectory: string | undefined;

/** The directory with the committed schemas, from the source tree or from a built bundle (src/schema, cli/dist/chunks…). */
export function schemaDirectory(): string {
  if (foundDirectory) return foundDirectory;
  const here = dirname(fileURLToPath(import.meta.url));
  let ancestor = here;
  for (let level = 0; level < 6; level++) {
    for (const candidate of SCHEMA_DIRECTORY_CANDIDATES) {
      const directory = join(ancestor, candidate);
      if (existsSync(join(directory, 'kubernetes.json'))) {
        foundDirectory = directory;
        return directory;
      }
    }
    ancestor = dirname(ancestor);
  }
  throw new Error(`podlint's schemas (kubernetes.json) were not found near ${here}`);
}

let catalogSource: string | undefined;
let catalog: SchemaCatalog | undefined;
let kindIndex: KindIndex | undefined;

/** The catalog's text, for fingerprinting precompiled validators against it (read, not parsed). */
export function catalogText(): string {
  catalogSource ??= readFileSync(join(schemaDirectory(), 'kubernetes.json'), 'utf8');
  return catalogSource;
}

/** The whole merged schema, parsed on first use: for messages, and for compiling at run time. */
export function loadCatalog(): SchemaCatalog {
  catalog ??= JSON.parse(catalogText()) as SchemaCatalog;
  return catalog;
}

/** Releases and kinds, from the small api-versions.json (the catalog itself when it is missing). */
export function loadKindIndex(): KindIndex {
  if (!kindIndex) {
    const path = join(schemaDirectory(), 'api-versions.json');
    kindIndex = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as KindIndex) : loadCatalog();
  }
  return kindIndex;
}

let descriptions: Record<string, Record<string, string>> | undefined;

/** Field documentation for hover: `description(definition, property)`, or the definition's own with `''`. */
export function describeField(definition: string, property = ''): string | undefined {
  descriptions ??= JSON.parse(readFileSync(join(schemaDirectory(), 'descriptions.json'), 'utf8')) as Record<
    string,
    Record<string, string>
  >;
  return descriptions[definition]?.[property];
}

export function releaseBit(catalogValue: KindIndex, version: KubernetesVersion): number {
  const index = catalogValue.releases.indexOf(version);
  return index === -1 ? 0 : 1 << index;
}

export function inReleases(mask: number | undefined, bit: number): boolean {
  return mask === undefined || (mask & bit) !== 0;
}

/** The releases of a mask, oldest first. */
export function releasesOf(catalogValue: KindIndex, mask: number): string[] {
  return catalogValue.releases.filter((_, index) => (mask & (1 << index)) !== 0);
}

/** The property's schema in one release (resolving variants), or undefined when it does not exist there. */
export function propertyIn(property: PropertySchema, bit: number): PropertySchema | undefined {
  if (!inReleases(property.r, bit)) return undefined;
  if (!property.variants) return property;
  return property.variants.find((variant) => inReleases(variant.r, bit));
}

export function definitionIn(catalogValue: SchemaCatalog, name: string, bit: number): DefinitionSchema | undefined {
  const definition = catalogValue.definitions[name];
  return definition && inReleases(definition.r, bit) ? definition : undefined;
}

/** The property names a definition has in one release. */
export function propertyNamesIn(definition: DefinitionSchema, bit: number): string[] {
  return Object.entries(definition.properties ?? {})
    .filter(([, property]) => propertyIn(property, bit))
    .map(([name]) => name);
}

export function isRequiredIn(property: PropertySchema, bit: number): boolean {
  return property.required === true || (typeof property.required === 'number' && (property.required & bit) !== 0);
}
