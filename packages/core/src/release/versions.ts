/** The Kubernetes releases podlint knows, oldest first; the newest is the default target. */
export const KUBERNETES_VERSIONS = ['1.29', '1.30', '1.31', '1.32', '1.33', '1.34', '1.35', '1.36', '1.37'] as const;
export type KubernetesVersion = (typeof KUBERNETES_VERSIONS)[number];
export const DEFAULT_KUBERNETES_VERSION: KubernetesVersion = '1.37';

export function isKubernetesVersion(value: string): value is KubernetesVersion {
  return (KUBERNETES_VERSIONS as readonly string[]).includes(value);
}

/** Negative when a is older than b. */
export function compareVersions(a: KubernetesVersion, b: KubernetesVersion): number {
  return KUBERNETES_VERSIONS.indexOf(a) - KUBERNETES_VERSIONS.indexOf(b);
}

export function versionInRange(
  version: KubernetesVersion,
  range: { since?: KubernetesVersion; until?: KubernetesVersion } | undefined,
): boolean {
  if (!range) return true;
  if (range.since && compareVersions(version, range.since) < 0) return false;
  if (range.until && compareVersions(version, range.until) > 0) return false;
  return true;
}

/**
 * A release as people write it: `1.30`, `v1.30` (kubectl version's spelling) or a patch release
 * `1.30.2` / `v1.30.2` (rules differ by minor release only). Undefined when podlint does not know it.
 */
export function parseKubernetesVersion(text: string): KubernetesVersion | undefined {
  const match = /^v?(\d+\.\d+)(?:\.\d+)?$/.exec(text.trim());
  return match?.[1] !== undefined && isKubernetesVersion(match[1]) ? match[1] : undefined;
}
