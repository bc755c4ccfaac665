import { compareVersions, type KubernetesVersion } from '../../../release/versions.js';
import type { ContainerSite } from '../../../model/containers.js';
import type { FieldPath } from '../../../model/path.js';
import type { PodSpecSite, Resource } from '../../../model/resource.js';
import { asObject, isSet, type PlainObject } from '../../../model/values.js';
import { templateOwner } from '../../../model/workloads.js';

export const POD_POLICIES = ['Always', 'OnFailure', 'Never'] as const;

export interface PodRestartPolicy {
  /** After defaulting: absent, null and `""` become `Always`. */
  readonly value: string;
  readonly explicit: boolean;
  readonly path: FieldPath;
}

/** The pod-level restartPolicy after defaulting; `undefined` when it is not a string (a decoding error). */
export function podRestartPolicy(site: PodSpecSite): PodRestartPolicy | undefined {
  const raw = site.spec.restartPolicy;
  const path = [...site.path, 'restartPolicy'];
  if (raw === undefined || raw === null || raw === '') return { value: 'Always', explicit: false, path };
  return typeof raw === 'string' ? { value: raw, explicit: true, path } : undefined;
}

/** `SetDefaults_Job`: an absent backoffLimit is 6. */
export const DEFAULT_BACKOFF_LIMIT = 6;

/** The pod template of a Job (or of a CronJob's jobTemplate) with what the Job spec says about its pods. */
export interface JobTemplate {
  /** The Job spec that owns the template (`spec`, or a CronJob's `spec.jobTemplate.spec`). */
  readonly job: { readonly spec: PlainObject; readonly path: FieldPath } | undefined;
  /** The pod restartPolicy after defaulting; `undefined` when it is not a string. */
  readonly policy: PodRestartPolicy | undefined;
  readonly hasPodFailurePolicy: boolean;
  /** As written; `undefined` means the default, {@link DEFAULT_BACKOFF_LIMIT}. */
  readonly backoffLimit: number | undefined;
}

/** `undefined` unless the pod spec is the template of a Job or CronJob. */
export function jobTemplateOf(site: PodSpecSite, resource: Resource): JobTemplate | undefined {
  if (templateOwner(site, resource) !== 'job') return undefined;
  const job = jobSpecOf(resource);
  const backoffLimit = job?.spec.backoffLimit;
  return {
    job,
    policy: podRestartPolicy(site),
    hasPodFailurePolicy: isSet(job?.spec.podFailurePolicy),
    backoffLimit: typeof backoffLimit === 'number' ? backoffLimit : undefined,
  };
}

function jobSpecOf(resource: Resource): JobTemplate['job'] {
  const spec = asObject(resource.object.spec);
  if (resource.kind === 'Job') return spec ? { spec, path: ['spec'] } : undefined;
  const jobSpec = asObject(asObject(spec?.jobTemplate)?.spec);
  return jobSpec ? { spec: jobSpec, path: ['spec', 'jobTemplate', 'spec'] } : undefined;
}

/**
 * How a release treats container-level `restartPolicy` / `restartPolicyRules` (`ContainerRestartRules`):
 * before 1.34 only sidecars exist and the rules field is unknown; 1.34 has the gate off, so the API
 * server silently drops the fields; from 1.35 the gate is on by default and the fields are validated.
 */
export type ContainerRestartSupport = 'sidecars-only' | 'dropped' | 'validated';

export function containerRestartSupport(version: KubernetesVersion): ContainerRestartSupport {
  if (compareVersions(version, '1.34') < 0) return 'sidecars-only';
  if (version === '1.34') return 'dropped';
  return 'validated';
}

/** `RestartAllContainersOnContainerExits`: alpha (off) in 1.35, beta (on) from 1.36. */
export function restartAllContainersEnabled(version: KubernetesVersion): boolean {
  return compareVersions(version, '1.36') >= 0;
}

export function hasRestartRules(container: ContainerSite): boolean {
  return Array.isArray(container.container.restartPolicyRules) && container.container.restartPolicyRules.length > 0;
}

/** Whether the release validates this container's restartPolicyRules (rather than refusing or dropping them). */
export function restartRulesValidated(container: ContainerSite, version: KubernetesVersion): boolean {
  if (containerRestartSupport(version) !== 'validated' || container.list === 'ephemeralContainers') return false;
  const policy = container.container.restartPolicy;
  if (container.list === 'initContainers' && policy === undefined) return false;
  if (container.list === 'initContainers' && policy === 'Always') return restartAllContainersEnabled(version);
  return true;
}

const MAX_INT32 = 2147483647;

/**
 * The pod's activeDeadlineSeconds when the decoder reads it (an integer within int64), and whether
 * validation accepts it (1 to 2147483647). Other values are refused before validation.
 */
export function podActiveDeadline(site: PodSpecSite): { value: number; path: FieldPath; inRange: boolean } | undefined {
  const value = site.spec.activeDeadlineSeconds;
  if (typeof value !== 'number' || !Number.isInteger(value) || Math.abs(value) >= 2 ** 63) return undefined;
  return { value, path: [...site.path, 'activeDeadlineSeconds'], inRange: value >= 1 && value <= MAX_INT32 };
}
