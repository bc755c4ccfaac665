import { containersOf, describeContainer } from '../../../model/containers.js';
import type { FieldPath } from '../../../model/path.js';
import type { PodSpecSite } from '../../../model/resource.js';
import { asObject, objectEntries, type PlainObject } from '../../../model/values.js';
import { memoized } from '../../../util/memo.js';

/** The sources of `valueFrom`, in the API server's order; `fileKeyRef` exists from 1.34. */
export const VALUE_FROM_SOURCES = [
  'fieldRef',
  'resourceFieldRef',
  'configMapKeyRef',
  'secretKeyRef',
  'fileKeyRef',
] as const;

export interface EnvVarSite {
  readonly envVar: PlainObject;
  /** `…containers[0].env[2]` */
  readonly path: FieldPath;
  /** `container "web"` */
  readonly owner: string;
  /** The `valueFrom` object, when it is one. */
  readonly valueFrom: PlainObject | undefined;
  /** The sources `valueFrom` sets (present and not null, as the Go decoder sees pointers). */
  readonly sources: readonly string[];
}

/** Every env entry of every container of the pod spec, collected once for the rules of the env area. */
export const envVarsOf: (site: PodSpecSite) => readonly EnvVarSite[] = memoized((site) =>
  containersOf(site).flatMap((container) =>
    objectEntries(container.container.env).map(([index, envVar]) => {
      const valueFrom = asObject(envVar.valueFrom);
      return {
        envVar,
        path: [...container.path, 'env', index],
        owner: describeContainer(container),
        valueFrom,
        sources: valueFrom
          ? VALUE_FROM_SOURCES.filter((source) => valueFrom[source] !== undefined && valueFrom[source] !== null)
          : [],
      };
    }),
  ),
);

/** `name` of an env entry, for messages. */
export function envVarName(envVar: PlainObject): string {
  return typeof envVar.name === 'string' ? JSON.stringify(envVar.name) : '(unnamed)';
}
