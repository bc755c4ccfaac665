import { containersOf, describeContainer } from './containers.js';
import type { FieldPath } from './path.js';
import type { PodSpecSite } from './resource.js';
import { asObject, type PlainObject } from './values.js';
import { memoized } from '../util/memo.js';

export interface SecurityContextSite {
  readonly context: PlainObject;
  /** `spec.securityContext` or `…containers[0].securityContext` */
  readonly path: FieldPath;
  /** `the pod` or `container "web"`, for messages. */
  readonly owner: string;
  readonly level: 'pod' | 'container';
}

/** The pod's securityContext and every container's, in the API server's order. */
export const securityContextsOf: (site: PodSpecSite) => readonly SecurityContextSite[] = memoized(
  (site: PodSpecSite): SecurityContextSite[] => {
    const out: SecurityContextSite[] = [];
    const pod = asObject(site.spec.securityContext);
    if (pod) out.push({ context: pod, path: [...site.path, 'securityContext'], owner: 'the pod', level: 'pod' });
    for (const container of containersOf(site)) {
      const context = asObject(container.container.securityContext);
      if (context)
        out.push({
          context,
          path: [...container.path, 'securityContext'],
          owner: describeContainer(container),
          level: 'container',
        });
    }
    return out;
  },
);
