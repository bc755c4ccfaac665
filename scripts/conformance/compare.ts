/** Podlint's errors against the oracle's verdict for one variant. */
import type { Finding } from '../../packages/core/src/index.js';
import type { OracleVerdict } from '../../test/support/oracle-client.js';

export type Outcome = 'agreed' | 'false-error' | 'miss' | 'path-mismatch' | 'exception' | 'unjudged';

/**
 * Known disagreements that depend on how the manifest reaches the API server, not on podlint:
 * on an update the oracle runs kubectl's client-side apply, whose three-way merge folds list items
 * with the same merge key into one, so a duplicated container or port is accepted; `kubectl create`,
 * `replace` and server-side apply refuse it, and podlint reports it.
 */
export const EXCEPTION_REASONS = {
  duplicateOnApply:
    'client-side apply folds list items with the same merge key into one; create, replace and server-side apply refuse the duplicate podlint reports',
} as const;

/** `a.b[2].c` → `a.b[2]`; `a` → ``. */
function parentPath(path: string): string {
  const cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
  return cut <= 0 ? '' : path.slice(0, cut);
}

/**
 * ValidatePodTemplateSpec names a template's labels and annotations without `metadata`
 * (`spec.template.annotations`); podlint points at where they are written.
 */
function withTemplateMetadata(oraclePath: string): string {
  return oraclePath.replace(/(^|\.)template\.(labels|annotations)\b/, '$1template.metadata.$2');
}

/**
 * The API server's own path quirks, turned into where the field is written: a GCE disk volume is
 * reported as `persistentDisk`, and a StatefulSet's pod volumes are validated after one volume per
 * volumeClaimTemplate (validateStatefulSetSpec prepends them), which shifts their indexes.
 */
export function writtenPath(reportedPath: string, object?: unknown): string {
  let path = withTemplateMetadata(reportedPath).replace(/\.persistentDisk\b/, '.gcePersistentDisk');
  path = nodeKindPath(path, object);
  path = eventsApiPath(path, object);
  path = secretStringDataPath(path, object);
  const manifest = object as
    | { kind?: unknown; spec?: { volumeClaimTemplates?: unknown; template?: { spec?: { volumes?: unknown } } } }
    | undefined;
  const claims = Array.isArray(manifest?.spec?.volumeClaimTemplates)
    ? (manifest.spec.volumeClaimTemplates as Array<{ metadata?: { name?: unknown } }>)
    : [];
  if (manifest?.kind === 'StatefulSet' && claims.length > 0) {
    const claimNames = new Set(claims.map((claim) => claim.metadata?.name));
    const volumes = Array.isArray(manifest.spec?.template?.spec?.volumes)
      ? (manifest.spec.template.spec.volumes as Array<{ name?: unknown }>)
      : [];
    const kept = volumes.flatMap((volume, index) => (claimNames.has(volume.name) ? [] : [index]));
    path = path.replace(/^spec\.template\.spec\.volumes\[(\d+)\]/, (whole, index: string) => {
      const written = kept[Number(index) - claimNames.size];
      return written === undefined ? whole : `spec.template.spec.volumes[${written}]`;
    });
  }
  return path;
}

/**
 * Node and RuntimeClass quirks: ValidateNode reports spec.taints under `metadata.taints`, a
 * podCIDR that differs from podCIDRs[0] replaces the list (reported as `spec.podCIDRs[0]`), and
 * a RuntimeClass's overhead.podFixed is validated as container limits (`overhead.limits`).
 */
function nodeKindPath(path: string, object: unknown): string {
  const manifest = object as { kind?: unknown; spec?: { podCIDR?: unknown; podCIDRs?: unknown } } | undefined;
  if (manifest?.kind === 'RuntimeClass') return path.replace(/^overhead\.limits\b/, 'overhead.podFixed');
  if (manifest?.kind !== 'Node') return path;
  path = path.replace(/^metadata\.taints\b/, 'spec.taints');
  const single = manifest.spec?.podCIDR;
  const list = Array.isArray(manifest.spec?.podCIDRs) ? (manifest.spec.podCIDRs as unknown[]) : [];
  if (typeof single === 'string' && single !== '' && list[0] !== single)
    path = path.replace(/^spec\.podCIDRs\[0\]/, 'spec.podCIDR');
  return path;
}

/** A Secret's stringData is merged into data before validation, which reports its keys under data. */
function secretStringDataPath(path: string, object: unknown): string {
  const manifest = object as { kind?: unknown; data?: unknown; stringData?: unknown } | undefined;
  if (manifest?.kind !== 'Secret' || !manifest.stringData || typeof manifest.stringData !== 'object') return path;
  const match = /^data\[(.*)\]$/.exec(path);
  const key = match?.[1];
  if (key === undefined || !(key in manifest.stringData)) return path;
  const data = manifest.data && typeof manifest.data === 'object' ? manifest.data : {};
  return key in data ? path : `stringData[${key}]`;
}

/** events.k8s.io/v1 Events are validated as core Events, under the core field names. */
const EVENTS_API_NAMES: Readonly<Record<string, string>> = {
  involvedObject: 'regarding',
  message: 'note',
  count: 'deprecatedCount',
  source: 'deprecatedSource',
  firstTimestamp: 'deprecatedFirstTimestamp',
  lastTimestamp: 'deprecatedLastTimestamp',
};

function eventsApiPath(path: string, object: unknown): string {
  const manifest = object as { kind?: unknown; apiVersion?: unknown } | undefined;
  if (manifest?.kind !== 'Event' || manifest.apiVersion !== 'events.k8s.io/v1') return path;
  return path.replace(/^(\w+)/, (field: string) => EVENTS_API_NAMES[field] ?? field);
}

/** `limits[memory]` and `limits.memory` name the same map entry (decoding errors use the first). */
function mapKeysAsFields(path: string): string {
  return path.replace(/\[([A-Za-z_][\w.-]*)\]/g, '.$1');
}

/** Podlint reports at the oracle's path, at a field inside it, or one level above it. */
export function pathMatches(podlintPath: string, reportedPath: string, object?: unknown): boolean {
  if (reportedPath === '' || reportedPath === '<nil>') return true;
  const oraclePath = mapKeysAsFields(writtenPath(reportedPath, object));
  podlintPath = mapKeysAsFields(podlintPath);
  if (podlintPath === oraclePath) return true;
  if (podlintPath.startsWith(`${oraclePath}.`) || podlintPath.startsWith(`${oraclePath}[`)) return true;
  return parentPath(oraclePath) === podlintPath;
}

export function classify(
  errors: readonly Finding[],
  verdict: OracleVerdict | undefined,
  variant: { duplicatesListItem?: boolean; oldText?: string; text?: string } = {},
): Outcome {
  if (!verdict || verdict.verdict === 'unknown') return 'unjudged';
  if (verdict.verdict === 'accept' && errors.length > 0 && variant.duplicatesListItem && variant.oldText !== undefined)
    return 'exception';
  if (verdict.verdict === 'accept') return errors.length > 0 ? 'false-error' : 'agreed';
  if (errors.length === 0) return 'miss';
  const object = variant.text === undefined ? undefined : parseManifest(variant.text);
  return errors.some((finding) => verdict.errors.some((error) => pathMatches(finding.path, error.field, object)))
    ? 'agreed'
    : 'path-mismatch';
}

/** Variants are written as JSON; anything else is matched without the StatefulSet quirk. */
function parseManifest(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
