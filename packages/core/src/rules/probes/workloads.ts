import type { Resource } from '../../model/resource.js';

/** Controllers that keep their pods running, and the API groups they are served from. */
const LONG_RUNNING: Readonly<Record<string, readonly string[]>> = {
  Deployment: ['apps', 'extensions'],
  StatefulSet: ['apps'],
  DaemonSet: ['apps', 'extensions'],
  ReplicaSet: ['apps', 'extensions'],
  ReplicationController: [''],
};

export function isLongRunningWorkload(resource: Resource): boolean {
  return LONG_RUNNING[resource.kind]?.includes(resource.group) ?? false;
}

export function isJobLike(resource: Resource): boolean {
  return (resource.kind === 'Job' || resource.kind === 'CronJob') && resource.group === 'batch';
}
