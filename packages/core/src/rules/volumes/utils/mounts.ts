import { containersOf, describeContainer, type ContainerSite } from '../../../model/containers.js';
import type { FieldPath } from '../../../model/path.js';
import type { PodSpecSite } from '../../../model/resource.js';
import { objectEntries, type PlainObject } from '../../../model/values.js';
import { memoized } from '../../../util/memo.js';

export interface MountSite {
  readonly container: ContainerSite;
  readonly mount: PlainObject;
  /** `…containers[0].volumeMounts[2]` */
  readonly path: FieldPath;
  /**
   * `…containers[0].volumeMounts`: ValidateVolumeMounts reports subPath, subPathExpr,
   * mountPropagation and recursiveReadOnly errors here, without the index of the mount.
   */
  readonly listPath: FieldPath;
  readonly owner: string;
}

export const volumeMountsOf: (site: PodSpecSite) => readonly MountSite[] = memoized(
  (site: PodSpecSite): MountSite[] => {
    return containersOf(site).flatMap((container) => {
      const listPath = [...container.path, 'volumeMounts'];
      return objectEntries(container.container.volumeMounts).map(([index, mount]) => ({
        container,
        mount,
        path: [...listPath, index],
        listPath,
        owner: describeContainer(container),
      }));
    });
  },
);

export const VOLUME_MOUNTS_SOURCE = {
  package: 'k8s.io/kubernetes/pkg/apis/core/validation',
  function: 'ValidateVolumeMounts',
} as const;
