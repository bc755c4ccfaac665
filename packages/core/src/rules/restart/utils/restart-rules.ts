import type { KubernetesVersion } from '../../../release/versions.js';
import { type ContainerSite, containersOf } from '../../../model/containers.js';
import type { FieldPath } from '../../../model/path.js';
import type { PodSpecSite } from '../../../model/resource.js';
import { asArray, isObject, type PlainObject } from '../../../model/values.js';
import { restartAllContainersEnabled, restartRulesValidated } from './restart-policy.js';

/** One entry of a container's `restartPolicyRules` that the release validates. */
export interface RestartRuleEntry {
  readonly container: ContainerSite;
  readonly index: number;
  readonly rule: PlainObject | undefined;
  readonly path: FieldPath;
}

/** Containers whose restartPolicyRules the release validates with `validateContainerRestartPolicy`. */
export function containersWithValidatedRules(site: PodSpecSite, version: KubernetesVersion): ContainerSite[] {
  return containersOf(site, ['initContainers', 'containers']).filter((container) =>
    restartRulesValidated(container, version),
  );
}

export function restartRuleEntries(site: PodSpecSite, version: KubernetesVersion): RestartRuleEntry[] {
  return containersWithValidatedRules(site, version).flatMap((container) =>
    asArray(container.container.restartPolicyRules).map((rule, index) => ({
      container,
      index,
      rule: isObject(rule) ? rule : undefined,
      path: [...container.path, 'restartPolicyRules', index],
    })),
  );
}

export function allowedActions(version: KubernetesVersion): string[] {
  return restartAllContainersEnabled(version) ? ['Restart', 'RestartAllContainers'] : ['Restart'];
}
