import type { PodSpecSite, Resource } from './resource.js';
import { asObject, objectEntries } from './values.js';
import { lookupTable } from '../util/lookup-table.js';

/** Controllers that keep their pods running, and the API groups they are served from. */
const LONG_RUNNING = lookupTable<readonly string[]>({
  Deployment: ['apps', 'extensions'],
  StatefulSet: ['apps'],
  DaemonSet: ['apps', 'extensions'],
  ReplicaSet: ['apps', 'extensions'],
  ReplicationController: [''],
});

/** A Deployment, StatefulSet, DaemonSet, ReplicaSet or ReplicationController: pods that run until replaced. */
export function isLongRunningWorkload(resource: Resource): boolean {
  return LONG_RUNNING[resource.kind]?.includes(resource.group) ?? false;
}

/** A Job or CronJob: pods that run to completion. */
export function isJobLike(resource: Resource): boolean {
  return (resource.kind === 'Job' || resource.kind === 'CronJob') && resource.group === 'batch';
}

/**
 * The controller whose validation applies to this pod spec on top of the pod's own: `always` for
 * the long-running workloads (they accept only `restartPolicy: Always`), `job` for Jobs and
 * CronJobs. Never for a bare Pod.
 */
export function templateOwner(site: PodSpecSite, resource: Resource): 'always' | 'job' | undefined {
  if (!site.isTemplate) return undefined;
  if (isLongRunningWorkload(resource)) return 'always';
  if (isJobLike(resource)) return 'job';
  return undefined;
}

/**
 * The names of a StatefulSet's volumeClaimTemplates: the API server adds a volume of each name to
 * the pod template before validating it (apps validation, volumesToAddForTemplates), replacing a
 * template volume of the same name.
 */
export function claimTemplateNames(resource: Resource): string[] {
  if (resource.kind !== 'StatefulSet') return [];
  return objectEntries(asObject(resource.object.spec)?.volumeClaimTemplates)
    .map(([, template]) => asObject(template.metadata)?.name)
    .filter((name): name is string => typeof name === 'string');
}
