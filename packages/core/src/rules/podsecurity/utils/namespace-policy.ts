import type { Resource } from '../../../model/resource.js';
import { asObject } from '../../../model/values.js';

export type PodSecurityLevel = 'privileged' | 'baseline' | 'restricted';
export type PodSecurityMode = 'enforce' | 'warn' | 'audit';

/** A level and the Pod Security Standards version it is pinned to: a minor of 1.x, or undefined for `latest`. */
export interface LevelVersion {
  readonly level: PodSecurityLevel;
  readonly minor: number | undefined;
}

/** The policy of one namespace, as PodSecurity admission computes it from the namespace's labels. */
export interface NamespacePolicy {
  readonly namespace: string;
  readonly enforce: LevelVersion;
  readonly warn: LevelVersion;
  readonly audit: LevelVersion;
}

const LEVELS: readonly PodSecurityLevel[] = ['privileged', 'baseline', 'restricted'];
const PRIVILEGED: LevelVersion = { level: 'privileged', minor: undefined };
const LABEL_PREFIX = 'pod-security.kubernetes.io/';
const VERSION = /^v1\.(0|[1-9][0-9]*)$/;

function parseLevel(value: unknown): PodSecurityLevel | undefined {
  return LEVELS.find((level) => level === value);
}

/** `latest` → undefined minor; `v1.29` → 29; anything else is invalid (null). */
function parseVersion(value: unknown): number | undefined | null {
  if (value === 'latest') return undefined;
  const match = typeof value === 'string' ? VERSION.exec(value) : null;
  return match ? Number(match[1]) : null;
}

/**
 * A namespace's policy from its labels, as PolicyToEvaluate computes it: a mode without a label
 * takes the cluster's default (the config's `podSecurity`; privileged without one), except that
 * warn follows an explicit, stricter enforce level. A label with an invalid value gives no policy:
 * the admission plugin's fallback for it is not a safe thing to promise.
 */
export function policyFromLabels(
  namespace: string,
  labels: Readonly<Record<string, unknown>>,
  defaults: Readonly<Record<string, unknown>> = {},
): NamespacePolicy | undefined {
  const modes: Record<PodSecurityMode, LevelVersion> = { enforce: PRIVILEGED, warn: PRIVILEGED, audit: PRIVILEGED };
  for (const mode of ['enforce', 'warn', 'audit'] as const) {
    const levelLabel = labels[`${LABEL_PREFIX}${mode}`] ?? defaults[mode];
    const versionLabel = labels[`${LABEL_PREFIX}${mode}-version`] ?? defaults[`${mode}-version`];
    const level = levelLabel === undefined ? 'privileged' : parseLevel(levelLabel);
    const minor = versionLabel === undefined ? undefined : parseVersion(versionLabel);
    if (level === undefined || minor === null) return undefined;
    modes[mode] = { level, minor };
  }
  const hasEnforce = labels[`${LABEL_PREFIX}enforce`] !== undefined;
  const hasWarn = labels[`${LABEL_PREFIX}warn`] !== undefined;
  if (!hasWarn && hasEnforce && compareLevels(modes.enforce.level, modes.warn.level) > 0) {
    const warnVersion = labels[`${LABEL_PREFIX}warn-version`];
    modes.warn = {
      level: modes.enforce.level,
      minor: warnVersion === undefined ? modes.enforce.minor : modes.warn.minor,
    };
  }
  return { namespace, ...modes };
}

export function compareLevels(a: PodSecurityLevel, b: PodSecurityLevel): number {
  return LEVELS.indexOf(a) - LEVELS.indexOf(b);
}

/**
 * The policy of each namespace defined in the same file as a pod, from its PodSecurity labels. A
 * namespace that is not in the file has the cluster's level, which only the configuration's
 * default (`podSecurity.defaultLevel`) can tell; the oracle, like `kubectl apply -f` on one file,
 * knows no more.
 */
export function namespacePolicies(
  resources: readonly Resource[],
  defaults?: Readonly<Record<string, unknown>>,
): Map<string, NamespacePolicy> {
  const policies = new Map<string, NamespacePolicy>();
  for (const resource of resources) {
    if (
      resource.group !== '' ||
      resource.kind !== 'Namespace' ||
      resource.version !== 'v1' ||
      resource.name === undefined
    )
      continue;
    const labels = asObject(asObject(resource.object.metadata)?.labels) ?? {};
    const policy = policyFromLabels(resource.name, labels, defaults);
    if (policy) policies.set(policyKey(resource.file, resource.name), policy);
  }
  return policies;
}

/**
 * The policy that applies to a pod or workload: its namespace's (`default` when none is written),
 * from its own file, or the cluster's defaults for a namespace the file does not hold.
 */
export function policyFor(
  policies: ReadonlyMap<string, NamespacePolicy>,
  resource: Resource,
  defaults?: Readonly<Record<string, unknown>>,
): NamespacePolicy | undefined {
  const namespace = resource.namespace === undefined || resource.namespace === '' ? 'default' : resource.namespace;
  return (
    policies.get(policyKey(resource.file, namespace)) ??
    (defaults ? policyFromLabels(namespace, {}, defaults) : undefined)
  );
}

function policyKey(file: string, namespace: string): string {
  return `${file}\u0000${namespace}`;
}
