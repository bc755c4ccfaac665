import { compareVersions, type KubernetesVersion } from '../../../release/versions.js';
import { describeContainer, type ContainerSite } from '../../../model/containers.js';
import type { FieldPath } from '../../../model/path.js';
import type { HandlerSite, HookKind, ProbeKind } from '../../../model/probes.js';
import type { PodSpecSite } from '../../../model/resource.js';
import { asNumber, isObject, isSet, type PlainObject } from '../../../model/values.js';

export type HandlerType = 'exec' | 'httpGet' | 'tcpSocket' | 'grpc' | 'sleep';

/** The API server's order in `validateHandler`: the first one set is validated, every later one is Forbidden. */
export const PROBE_HANDLER_TYPES: readonly HandlerType[] = ['exec', 'httpGet', 'tcpSocket', 'grpc'];
const HOOK_HANDLER_TYPES: readonly HandlerType[] = ['exec', 'httpGet', 'tcpSocket', 'sleep'];

/**
 * The handler types of a probe or hook in the API server's order. `sleep` only exists for hooks,
 * and before 1.30 (`PodLifecycleSleepAction` alpha, off) the server drops it before validating.
 */
export function handlerTypesOf(site: HandlerSite, version: KubernetesVersion): HandlerType[] {
  const candidates = site.isHook ? HOOK_HANDLER_TYPES : PROBE_HANDLER_TYPES;
  return candidates.filter((type) => isSet(site.handler[type]) && (type !== 'sleep' || sleepActionExists(version)));
}

/** The one handler the API server validates (the first set); later ones only get "more than 1 handler". */
export function validatedAction(
  site: HandlerSite,
  version: KubernetesVersion,
  type: HandlerType,
): { action: PlainObject; path: FieldPath } | undefined {
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

/** "the liveness probe of container \"web\"": how messages name a probe or hook. */
export function describeHandler(site: { container: ContainerSite; kind: ProbeKind | HookKind }): string {
  const what =
    site.kind === 'postStart' || site.kind === 'preStop'
      ? `${site.kind} hook`
      : `${site.kind.replace('Probe', '')} probe`;
  return `the ${what} of ${describeContainer(site.container)}`;
}
