import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { KubernetesVersion } from '../release/versions.js';
import { nodeCrypto } from '../util/node-crypto.js';
import { createAjv, FORMATS } from './ajv-setup.js';
import { evaluateModule } from './code-cache.js';
import { catalogText, loadCatalog, schemaDirectory, type SchemaCatalog } from './catalog.js';
import { enforcementTables } from './enforcement.js';
import { DEFINITIONS_PREFIX, kindJsonSchema, releaseJsonSchema, SCHEMA_BUILDER_VERSION } from './json-schema.js';

/**
 * Validators for built-in kinds, one per release and kind, loaded on first use. The build
 * (scripts/compile-schemas.mjs) writes ajv standalone modules, each exporting the validators of
 * its kinds by definition name and named by a hash of their JSON Schemas, and an index stamped with
 * a fingerprint of everything the modules are made from (the catalog, the enforcement tables, the
 * builder, the modules' layout). When the index is missing or its fingerprint
 * differs (the sources changed since the build), kinds are compiled here instead: correct, but
 * about a second per pod-bearing kind.
 */
export type KindValidator = (data: unknown) => readonly ErrorObject[];

export const VALIDATORS_DIRECTORY_NAME = 'validators';
export const VALIDATORS_INDEX = 'index.json';

export interface ValidatorIndex {
  fingerprint: string;
  /** `<release> <definition>` → module file name. */
  modules: Record<string, string>;
}

/** Changed whenever the modules' layout changes, so modules of another layout are ignored. */
const MODULE_LAYOUT = 2;

type ValidatorModule = Readonly<Record<string, ValidateFunction>>;

const cache = new Map<string, KindValidator>();
const loadedModules = new Map<string, ValidatorModule>();
const runtimeCompilers = new Map<KubernetesVersion, ReturnType<typeof createAjv>>();
let validatorsDirectory: string | undefined;

/** The name of the precompiled module for a kind's schema: the schema's content hash. */
export function validatorModuleName(schemaText: string): string {
  return `${nodeCrypto().createHash('sha256').update(schemaText).digest('hex').slice(0, 24)}.cjs.gz`;
}

/**
 * Evaluates a gzipped standalone module (CommonJS, no imports: ajv's code for these schemas needs
 * no runtime helpers). The modules are repetitive, so gzip makes them about twelve times smaller.
 */
function loadModule(path: string): ValidatorModule {
  let loaded = loadedModules.get(path);
  if (!loaded) {
    const zipped = readFileSync(path);
    // gzip's trailer, the CRC-32 and length of the code, tells its code caches apart.
    const fingerprint = zipped.subarray(zipped.length - 8).toString('hex');
    const { exports, cached } = evaluateModule(path, fingerprint, gunzipSync(zipped).toString('utf8'));
    if (cached) validatorStats.codeCached++;
    loaded = exports as ValidatorModule;
    loadedModules.set(path, loaded);
  }
  return loaded;
}

export function validatorsDirectoryPath(): string {
  validatorsDirectory ??= join(schemaDirectory(), '..', VALIDATORS_DIRECTORY_NAME);
  return validatorsDirectory;
}

/** How validators were obtained in this process, for the benchmark: modules evaluated from V8's code cache too. */
export const validatorStats = { precompiled: 0, compiled: 0, codeCached: 0 };

/**
 * The fingerprint of the sources, put in by the bundler (scripts/bundle.mjs), which computes it
 * when it bundles this code: a bundle's tables and builder cannot change, and its catalog is the
 * one it was built with. Absent when run from sources, which may have changed since the build.
 */
declare const PODLINT_SCHEMA_FINGERPRINT: string | undefined;

/** What the schemas are made from; precompiled modules built from anything else are ignored. */
export function schemaFingerprint(): string {
  return typeof PODLINT_SCHEMA_FINGERPRINT === 'string' ? PODLINT_SCHEMA_FINGERPRINT : sourcesFingerprint();
}

/** The fingerprint of the catalog, the enforcement tables and the schema builder as they are now. */
export function sourcesFingerprint(): string {
  const formats = Object.entries(FORMATS).map(([name, pattern]) => `${name}=${pattern.source}/${pattern.flags}`);
  return nodeCrypto()
    .createHash('sha256')
    .update(catalogText())
    .update(JSON.stringify([SCHEMA_BUILDER_VERSION, MODULE_LAYOUT, formats, enforcementTables()]))
    .digest('hex')
    .slice(0, 24);
}

export function moduleKey(version: KubernetesVersion, definition: string): string {
  return `${version} ${definition}`;
}

let index: ValidatorIndex | null | undefined;

function precompiledIndex(): ValidatorIndex | null {
  if (index !== undefined) return index;
  index = null;
  const path = join(validatorsDirectoryPath(), VALIDATORS_INDEX);
  if (existsSync(path)) {
    const candidate = JSON.parse(readFileSync(path, 'utf8')) as ValidatorIndex;
    if (candidate.fingerprint === schemaFingerprint()) index = candidate;
  }
  return index;
}

/** The validator of a built-in kind's definition in one release (the catalog is parsed only to compile one). */
export function kindValidator(version: KubernetesVersion, definition: string): KindValidator {
  const key = `${version}\u0000${definition}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const moduleName = precompiledIndex()?.modules[moduleKey(version, definition)];
  const modulePath = moduleName ? join(validatorsDirectoryPath(), moduleName) : undefined;
  const precompiled = modulePath && existsSync(modulePath) ? loadModule(modulePath)[definition] : undefined;
  if (precompiled) validatorStats.precompiled++;
  else validatorStats.compiled++;
  const validate = precompiled ?? compileAtRuntime(version, definition, loadCatalog());
  const validator: KindValidator = (data) => (validate(data) ? [] : (validate.errors ?? []));
  cache.set(key, validator);
  return validator;
}

/** The JSON Schema text of a kind, as the build hashes it to name the module. */
export function kindSchemaText(
  version: KubernetesVersion,
  definition: string,
  catalog: SchemaCatalog = loadCatalog(),
): string {
  return JSON.stringify(kindJsonSchema(catalog, version, definition));
}

/** A validator compiled here and now, never precompiled (the fallback path, and the tests' reference). */
export function compileKindValidator(
  version: KubernetesVersion,
  definition: string,
  catalog: SchemaCatalog = loadCatalog(),
): KindValidator {
  const validate = compileAtRuntime(version, definition, catalog);
  return (data) => (validate(data) ? [] : (validate.errors ?? []));
}

/** Whether the precompiled validators on disk were built from the current sources. */
export function precompiledValidatorsAreFresh(): boolean {
  return precompiledIndex() !== null;
}

function compileAtRuntime(version: KubernetesVersion, definition: string, catalog: SchemaCatalog): ValidateFunction {
  const id = `k8s-${version}`;
  let ajv = runtimeCompilers.get(version);
  if (!ajv) {
    ajv = createAjv({ messages: false, inlineRefs: false });
    ajv.addSchema(releaseJsonSchema(catalog, version, id));
    runtimeCompilers.set(version, ajv);
  }
  const validate = ajv.getSchema(`${id}${DEFINITIONS_PREFIX}${definition}`);
  if (!validate) throw new Error(`no schema for ${definition} in ${version}`);
  return validate;
}
