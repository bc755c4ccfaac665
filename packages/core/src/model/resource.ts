import type { LoadedDocument } from '../load/document.js';
import type { ResourceIdentity } from '../types.js';
import { isNamespacedKind, POD_SPEC_LOCATIONS, splitApiVersion } from './kinds.js';
import type { FieldPath } from './path.js';
import { asObject, asString, isObject, type PlainObject } from './values.js';
import { lookup, lookupTable, ownValue } from '../util/lookup-table.js';

/** A pod spec found inside a resource: the pod itself, or a workload's template. */
export interface PodSpecSite {
  /** Path of the pod spec from the object root, e.g. `spec.template.spec`. */
  readonly path: FieldPath;
  readonly spec: PlainObject;
  /** Path of the pod's metadata (the template's, for workloads). */
  readonly metadataPath: FieldPath;
  readonly metadata: PlainObject | undefined;
  /** A template is validated slightly differently from a Pod (defaulting and a few rules). */
  readonly isTemplate: boolean;
}

/** A Kubernetes object found in the input, with what rules need to know about it. */
export interface Resource {
  readonly file: string;
  readonly document: LoadedDocument;
  /** `[]` for a document, `['items', 3]` for an item of a `kind: List`. Rules never see it. */
  readonly basePath: FieldPath;
  readonly apiVersion: string;
  readonly kind: string;
  readonly group: string;
  readonly version: string;
  readonly namespace: string | undefined;
  readonly name: string | undefined;
  readonly object: PlainObject;
  readonly podSpecs: readonly PodSpecSite[];
}

/** An object and its old version (from --old, --base or the editor's HEAD), paired by identity. */
export interface UpdatePair {
  readonly old: Resource;
  readonly new: Resource;
}

export function identityOf(resource: Resource): ResourceIdentity {
  const identity: ResourceIdentity = { apiVersion: resource.apiVersion, kind: resource.kind };
  if (resource.namespace !== undefined) identity.namespace = resource.namespace;
  if (resource.name !== undefined) identity.name = resource.name;
  return identity;
}

/** Older groups that served the same stored objects: an object keeps its identity across them. */
const GROUP_ALIASES = lookupTable<Readonly<Record<string, string>>>({
  extensions: {
    Deployment: 'apps',
    DaemonSet: 'apps',
    ReplicaSet: 'apps',
    NetworkPolicy: 'networking.k8s.io',
    Ingress: 'networking.k8s.io',
    PodSecurityPolicy: 'policy',
  },
  'events.k8s.io': { Event: '' },
});

/** The key that matches old and new versions of one object: group, kind, namespace, name. */
export function identityKey(resource: Pick<Resource, 'group' | 'kind' | 'namespace' | 'name'>): string {
  const namespace = isNamespacedKind(resource.kind) ? (resource.namespace ?? 'default') : '';
  const group = lookup(GROUP_ALIASES[resource.group], resource.kind) ?? resource.group;
  return `${group}/${resource.kind}/${namespace}/${resource.name ?? ''}`;
}

export type ObjectProblem = { message: string; path: FieldPath };

/**
 * Turns a document's value into resources. A value without apiVersion and kind is not a manifest
 * and is skipped quietly; a value with only one of them, or of the wrong type, is a problem.
 */
export function resourcesOf(
  file: string,
  document: LoadedDocument,
): { resources: Resource[]; problems: ObjectProblem[] } {
  const resources: Resource[] = [];
  const problems: ObjectProblem[] = [];
  collect(file, document, document.value, [], resources, problems);
  return { resources, problems };
}

function collect(
  file: string,
  document: LoadedDocument,
  value: unknown,
  basePath: FieldPath,
  resources: Resource[],
  problems: ObjectProblem[],
): void {
  if (value === null || value === undefined) return;
  if (!isObject(value)) {
    if (basePath.length > 0)
      problems.push({
        path: basePath,
        message: 'this list item is not a Kubernetes object (expected a mapping with apiVersion and kind)',
      });
    else if (Array.isArray(value))
      problems.push({
        path: [],
        message:
          'the document is a sequence, not a Kubernetes object; wrap the objects in `kind: List` with `items:` or separate them with `---`',
      });
    else
      problems.push({
        path: [],
        message: 'the document is a plain value, not a Kubernetes object (expected a mapping with apiVersion and kind)',
      });
    return;
  }
  const rawApiVersion = value.apiVersion;
  const rawKind = value.kind;
  if (rawApiVersion === undefined && rawKind === undefined) {
    if (basePath.length > 0)
      problems.push({
        path: basePath,
        message: 'this list item has neither apiVersion nor kind, so it is not a Kubernetes object',
      });
    return;
  }
  if (typeof rawApiVersion !== 'string' || rawApiVersion === '') {
    problems.push({
      path: [...basePath, rawApiVersion === undefined ? 'kind' : 'apiVersion'],
      message:
        rawApiVersion === undefined
          ? 'the object has a kind but no apiVersion; add `apiVersion:` (e.g. `v1` or `apps/v1`)'
          : '`apiVersion` must be a string such as `apps/v1`',
    });
    return;
  }
  if (typeof rawKind !== 'string' || rawKind === '') {
    problems.push({
      path: [...basePath, rawKind === undefined ? 'apiVersion' : 'kind'],
      message:
        rawKind === undefined
          ? 'the object has an apiVersion but no kind; add `kind:`'
          : '`kind` must be a string such as `Deployment`',
    });
    return;
  }
  if (rawKind.endsWith('List') && Array.isArray(value.items)) {
    value.items.forEach((item, index) =>
      collect(file, document, item, [...basePath, 'items', index], resources, problems),
    );
    return;
  }
  const metadata = asObject(value.metadata);
  const { group, version } = splitApiVersion(rawApiVersion);
  resources.push({
    file,
    document,
    basePath,
    apiVersion: rawApiVersion,
    kind: rawKind,
    group,
    version,
    namespace: asString(metadata?.namespace),
    name: asString(metadata?.name),
    object: value,
    podSpecs: podSpecsOf(rawKind, group, value),
  });
}

/** The same resource with another object (the update view's): the same place in the input, its own pod specs. */
export function withObject(resource: Resource, object: PlainObject): Resource {
  return { ...resource, object, podSpecs: podSpecsOf(resource.kind, resource.group, object) };
}

function podSpecsOf(kind: string, group: string, object: PlainObject): PodSpecSite[] {
  const location = POD_SPEC_LOCATIONS[kind];
  if (!location || !location.groups.includes(group)) return [];
  const spec = asObject(valueAt(object, location.spec));
  if (!spec) return [];
  return [
    {
      path: location.spec,
      spec,
      metadataPath: location.metadata,
      metadata: asObject(valueAt(object, location.metadata)),
      isTemplate: location.isTemplate,
    },
  ];
}

export function valueAt(root: unknown, path: FieldPath): unknown {
  let current: unknown = root;
  // Indexed: called for every position and many checks, mostly before V8 optimizes it.
  for (let at = 0; at < path.length; at++) {
    const segment = path[at];
    if (typeof segment === 'number' && Array.isArray(current)) current = current[segment];
    // Own keys only: a path through user data (a label key) must not reach Object.prototype.
    else if (isObject(current)) current = ownValue(current, String(segment));
    else return undefined;
  }
  return current;
}
