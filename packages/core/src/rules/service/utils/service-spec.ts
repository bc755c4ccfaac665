import { isBuiltin, specOf } from '../../../model/builtin.js';
import type { FieldPath } from '../../../model/path.js';
import type { Resource } from '../../../model/resource.js';
import { asArray, isObject, type PlainObject } from '../../../model/values.js';
import { memoized } from '../../../util/memo.js';

/** A Service's spec as validateService sees it after defaulting: the type defaults to ClusterIP. */
export interface ServiceView {
  readonly spec: PlainObject;
  readonly type: string;
  readonly ports: ReadonlyArray<{ port: PlainObject; path: FieldPath }>;
  /** Written as a list (the API server refuses other shapes before validation). */
  readonly portsWritten: boolean;
}

/** Built once per Service for the twenty-odd rules that read it. */
export const serviceView: (resource: Resource) => ServiceView | undefined = memoized((resource: Resource) => {
  if (!isBuiltin(resource, '', ['Service'])) return undefined;
  // A Service without a spec is validated as an empty one (ClusterIP, no ports).
  const spec = resource.object.spec === undefined || resource.object.spec === null ? {} : specOf(resource);
  if (!spec) return undefined;
  const type = spec.type === undefined || spec.type === null || spec.type === '' ? 'ClusterIP' : spec.type;
  if (typeof type !== 'string') return undefined;
  const ports: Array<{ port: PlainObject; path: FieldPath }> = [];
  asArray(spec.ports).forEach((port, index) => {
    if (isObject(port)) ports.push({ port, path: ['spec', 'ports', index] });
  });
  return {
    spec,
    type,
    ports,
    portsWritten: spec.ports === undefined || spec.ports === null || Array.isArray(spec.ports),
  };
});

/** clusterIP (or the first clusterIPs entry) is None: a headless Service, which needs no ports. */
export function isHeadless(spec: PlainObject): boolean {
  const first = Array.isArray(spec.clusterIPs) ? spec.clusterIPs[0] : undefined;
  return spec.clusterIP === 'None' || first === 'None';
}

/**
 * The cluster IPs validation sees on create: `clusterIPs` as written, or `[clusterIP]` when only
 * the singular is given (the REST storage fills the plural from it); `written` says which.
 */
export function effectiveClusterIPs(spec: PlainObject): { values: readonly unknown[]; written: boolean } {
  const plural = asArray(spec.clusterIPs);
  if (plural.length > 0) return { values: plural, written: true };
  const singular = spec.clusterIP;
  return { values: typeof singular === 'string' && singular !== '' ? [singular] : [], written: false };
}
