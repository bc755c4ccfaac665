import { compareVersions, type KubernetesVersion } from '../../engine/versions.js';
import { containersOf, type ContainerSite } from '../../model/containers.js';
import type { FieldPath } from '../../model/path.js';
import type { PodSpecSite } from '../../model/resource.js';
import { asNumber, isObject, type PlainObject } from '../../model/values.js';

export type ProbeKind = 'livenessProbe' | 'readinessProbe' | 'startupProbe';
export type HookKind = 'postStart' | 'preStop';
export type HandlerType = 'exec' | 'httpGet' | 'tcpSocket' | 'grpc' | 'sleep';

export const PROBE_KINDS: readonly ProbeKind[] = ['livenessProbe', 'readinessProbe', 'startupProbe'];
export const HOOK_KINDS: readonly HookKind[] = ['postStart', 'preStop'];

/** The API server's order in `validateHandler`: the first one set is validated, every later one is Forbidden. */
const PROBE_HANDLER_TYPES: readonly HandlerType[] = ['exec', 'httpGet', 'tcpSocket', 'grpc'];
const HOOK_HANDLER_TYPES: readonly HandlerType[] = ['exec', 'httpGet', 'tcpSocket', 'sleep'];

export interface ProbeSite {
  readonly container: ContainerSite;
  readonly kind: ProbeKind;
  readonly probe: PlainObject;
  /** From the object root, e.g. `spec.containers[0].livenessProbe`. */
  readonly path: FieldPath;
}

/** A probe or a lifecycle hook: both are validated by the API server's `validateHandler`. */
export interface HandlerSite {
  readonly container: ContainerSite;
  readonly kind: ProbeKind | HookKind;
  readonly isHook: boolean;
  readonly handler: PlainObject;
  readonly path: FieldPath;
}

/**
 * Containers whose probes and hooks the API server validates: regular containers and sidecars
 * (init containers with `restartPolicy: Always`). On other init containers and on ephemeral
 * containers the fields are Forbidden outright, which has rules of its own.
 */
export function probedContainers(site: PodSpecSite): ContainerSite[] {
  return containersOf(site, ['initContainers', 'containers']).filter((container) => container.list === 'containers' || container.isSidecar);
}

/** A field the Go decoder turns into a non-nil pointer: present and not `null`. */
export function isSet(value: unknown): boolean {
  return value !== undefined && value !== null;
}

export function probesOf(container: ContainerSite): ProbeSite[] {
  const out: ProbeSite[] = [];
  for (const kind of PROBE_KINDS) {
    const probe = container.container[kind];
    if (isObject(probe)) out.push({ container, kind, probe, path: [...container.path, kind] });
  }
  return out;
}

export function probeSites(site: PodSpecSite): ProbeSite[] {
  return probedContainers(site).flatMap(probesOf);
}

/** Every probe and lifecycle hook of the validated containers. */
export function handlerSites(site: PodSpecSite): HandlerSite[] {
  const out: HandlerSite[] = [];
  for (const container of probedContainers(site)) {
    for (const probe of probesOf(container)) out.push({ container, kind: probe.kind, isHook: false, handler: probe.probe, path: probe.path });
    const lifecycle = container.container.lifecycle;
    if (!isObject(lifecycle)) continue;
    for (const kind of HOOK_KINDS) {
      const hook = lifecycle[kind];
      if (isObject(hook)) out.push({ container, kind, isHook: true, handler: hook, path: [...container.path, 'lifecycle', kind] });
    }
  }
  return out;
}

/**
 * The handler types of a probe or hook in the API server's order. `sleep` only exists for hooks,
 * and before 1.30 (`PodLifecycleSleepAction` alpha, off) the server drops it before validating.
 */
export function handlerTypesOf(site: HandlerSite, version: KubernetesVersion): HandlerType[] {
  const candidates = site.isHook ? HOOK_HANDLER_TYPES : PROBE_HANDLER_TYPES;
  return candidates.filter((type) => isSet(site.handler[type]) && (type !== 'sleep' || sleepActionExists(version)));
}

/** The one handler the API server validates (the first set); later ones only get "more than 1 handler". */
export function validatedAction(site: HandlerSite, version: KubernetesVersion, type: HandlerType): { action: PlainObject; path: FieldPath } | undefined {
  if (handlerTypesOf(site, version)[0] !== type) return undefined;
  const action = site.handler[type];
  return isObject(action) ? { action, path: [...site.path, type] } : undefined;
}

export function sleepActionExists(version: KubernetesVersion): boolean {
  return compareVersions(version, '1.30') >= 0;
}

export interface ProbeTiming {
  initialDelaySeconds: number;
  timeoutSeconds: number;
  periodSeconds: number;
  successThreshold: number;
  failureThreshold: number;
}

/** `SetDefaults_Probe`: a 0 (or absent) timeout, period and thresholds become 1, 10, 1 and 3. */
export function probeTiming(probe: PlainObject): ProbeTiming {
  const orDefault = (field: string, fallback: number): number => {
    const value = asNumber(probe[field]);
    return value === undefined || value === 0 ? fallback : value;
  };
  return {
    initialDelaySeconds: asNumber(probe.initialDelaySeconds) ?? 0,
    timeoutSeconds: orDefault('timeoutSeconds', 1),
    periodSeconds: orDefault('periodSeconds', 10),
    successThreshold: orDefault('successThreshold', 1),
    failureThreshold: orDefault('failureThreshold', 3),
  };
}

/**
 * The pod's termination grace period as validation sees it: absent is defaulted to 30, and a
 * Pod (not a template, `SetDefaults_Pod`) turns a negative value into 1.
 */
export function podGracePeriod(site: PodSpecSite): number | undefined {
  const raw = site.spec.terminationGracePeriodSeconds;
  if (raw === undefined || raw === null) return 30;
  const value = asNumber(raw);
  if (value === undefined) return undefined;
  return value < 0 && !site.isTemplate ? 1 : value;
}

/** `IsValidPortName`: one message per failed test, in the API server's order. */
export function portNameProblems(name: string): string[] {
  const problems: string[] = [];
  if (name.length > 15) problems.push('must be no more than 15 characters');
  if (!/^[-a-z0-9]+$/.test(name)) problems.push('must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)');
  if (!/[a-z]/.test(name)) problems.push('must contain at least one letter (a-z)');
  if (name.includes('--')) problems.push('must not contain consecutive hyphens');
  if (name.startsWith('-') || name.endsWith('-')) problems.push('must not begin or end with a hyphen');
  return problems;
}

export function isValidPortNumber(port: number): boolean {
  return Number.isInteger(port) && port >= 1 && port <= 65535;
}

/** "the liveness probe of container \"web\"": how messages name a probe or hook. */
export function describeHandler(site: { container: ContainerSite; kind: ProbeKind | HookKind }): string {
  const what = site.kind === 'postStart' || site.kind === 'preStop' ? `${site.kind} hook` : `${site.kind.replace('Probe', '')} probe`;
  return `the ${what} of ${site.container.isSidecar ? 'sidecar' : 'container'} "${containerName(site.container)}"`;
}

export function containerName(container: ContainerSite): string {
  return typeof container.container.name === 'string' ? container.container.name : `#${container.index}`;
}
