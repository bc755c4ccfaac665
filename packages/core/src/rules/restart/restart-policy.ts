import { compareVersions, type KubernetesVersion } from '../../engine/versions.js';
import type { ContainerSite } from '../../model/containers.js';
import type { FieldPath } from '../../model/path.js';
import type { PodSpecSite, Resource } from '../../model/resource.js';
import { asObject, type PlainObject } from '../../model/values.js';

export const POD_POLICIES = ['Always', 'OnFailure', 'Never'] as const;

/** Kinds whose controller keeps pods running and accepts only `restartPolicy: Always`. */
export const ALWAYS_KINDS = new Set(['Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet', 'ReplicationController']);
export const JOB_KINDS = new Set(['Job', 'CronJob']);

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

/** The owning kind, when a workload's validation applies to this pod spec (never for bare Pods). */
export function ownerKind(site: PodSpecSite, resource: Resource): 'always' | 'job' | undefined {
  if (!site.isTemplate) return undefined;
  if (ALWAYS_KINDS.has(resource.kind)) return 'always';
  if (JOB_KINDS.has(resource.kind)) return 'job';
  return undefined;
}

/** The Job spec that owns the template (`spec`, or a CronJob's `spec.jobTemplate.spec`). */
export function jobSpecOf(resource: Resource): { spec: PlainObject; path: FieldPath } | undefined {
  const spec = asObject(resource.object.spec);
  if (resource.kind === 'Job') return spec ? { spec, path: ['spec'] } : undefined;
  if (resource.kind === 'CronJob') {
    const jobSpec = asObject(asObject(spec?.jobTemplate)?.spec);
    return jobSpec ? { spec: jobSpec, path: ['spec', 'jobTemplate', 'spec'] } : undefined;
  }
  return undefined;
}

/** A case-insensitive match among `allowed`: the value the author meant, for quick fixes. */
export function properCase(value: string, allowed: readonly string[]): string | undefined {
  return allowed.find((candidate) => candidate.toLowerCase() === value.toLowerCase() && candidate !== value);
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

/** `containers[0]` → `container "web"`, for messages. */
export function describeContainer(container: ContainerSite): string {
  const name = typeof container.container.name === 'string' && container.container.name !== '' ? ` "${container.container.name}"` : ` ${container.list}[${container.index}]`;
  if (container.list === 'containers') return `container${name}`;
  if (container.list === 'ephemeralContainers') return `ephemeral container${name}`;
  return container.isSidecar ? `sidecar${name}` : `init container${name}`;
}
