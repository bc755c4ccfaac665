import type { KubernetesVersion } from '../release/versions.js';
import type { Resource } from '../model/resource.js';
import { classifyKind, type KindStatus } from './api-versions.js';
import { loadCatalog, loadKindIndex, releaseBit } from './catalog.js';
import { CrdIndex, CrdNavigator, validateCustomResource } from './crd.js';
import { CatalogNavigator } from './navigator.js';
import { problemsFromErrors, type SchemaProblem } from './problems.js';
import { kindValidator } from './validators.js';

/**
 * One schema pass per resource, shared by every schema/* rule: each rule picks the problems it
 * reports, and the validator runs once however many of them are enabled.
 */
export interface SchemaScope {
  readonly version: KubernetesVersion;
  readonly crds: CrdIndex;
}

const scopes = new WeakMap<readonly Resource[], Map<readonly Resource[] | undefined, Map<KubernetesVersion, SchemaScope>>>();

/**
 * The CRDs a run knows (from its input and from `--crd`/`crds:`), built once per run: every rule
 * of the run gets the same input array, so it is the cache key.
 */
export function schemaScope(version: KubernetesVersion, input: readonly Resource[], extraCrds: readonly Resource[] | undefined): SchemaScope {
  let byExtra = scopes.get(input);
  if (!byExtra) {
    byExtra = new Map();
    scopes.set(input, byExtra);
  }
  let byVersion = byExtra.get(extraCrds);
  if (!byVersion) {
    byVersion = new Map();
    byExtra.set(extraCrds, byVersion);
  }
  let scope = byVersion.get(version);
  if (!scope) {
    scope = { version, crds: new CrdIndex([...(extraCrds ?? []), ...input]) };
    byVersion.set(version, scope);
  }
  return scope;
}

const statusCache = new WeakMap<Resource, WeakMap<SchemaScope, KindStatus>>();
const problemCache = new WeakMap<Resource, WeakMap<SchemaScope, readonly SchemaProblem[]>>();

export function kindStatus(resource: Resource, scope: SchemaScope): KindStatus {
  let byScope = statusCache.get(resource);
  if (!byScope) {
    byScope = new WeakMap();
    statusCache.set(resource, byScope);
  }
  let status = byScope.get(scope);
  if (!status) {
    status = classifyKind(loadKindIndex(), scope.version, resource.apiVersion, resource.kind, scope.crds);
    byScope.set(scope, status);
  }
  return status;
}

/** The schema problems of a resource (built-in kinds, and custom resources with a known CRD). */
export function schemaProblems(resource: Resource, scope: SchemaScope): readonly SchemaProblem[] {
  let byScope = problemCache.get(resource);
  if (!byScope) {
    byScope = new WeakMap();
    problemCache.set(resource, byScope);
  }
  let problems = byScope.get(scope);
  if (!problems) {
    problems = computeProblems(resource, scope);
    byScope.set(scope, problems);
  }
  return problems;
}

function computeProblems(resource: Resource, scope: SchemaScope): readonly SchemaProblem[] {
  const status = kindStatus(resource, scope);
  if (status.type === 'builtin' || status.type === 'opt-in') {
    const errors = kindValidator(scope.version, status.definition)(resource.object);
    if (errors.length === 0) return [];
    const catalog = loadCatalog();
    const navigator = new CatalogNavigator(catalog, releaseBit(catalog, scope.version), scope.version, status.definition);
    return problemsFromErrors(errors, resource, navigator, scope.version);
  }
  if (status.type === 'custom' && status.crd.schema) {
    const errors = validateCustomResource(status.crd, resource.object);
    if (errors.length === 0) return [];
    return problemsFromErrors(errors, resource, new CrdNavigator(status.crd, status.crd.schema), scope.version);
  }
  return [];
}
