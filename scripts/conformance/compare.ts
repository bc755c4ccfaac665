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
  let path = storagePath(withTemplateMetadata(reportedPath).replace(/\.persistentDisk\b/, '.gcePersistentDisk'));
  if ((object as { kind?: unknown } | undefined)?.kind === 'CustomResourceDefinition') path = crdVersionPath(path);
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
 * The storage validation's own spellings: a PersistentVolume's sources are one inline struct
 * (`spec.persistentvolumesource`), its update checks name `nodeAffinity` and `volumeMode` without
 * `spec`, a second `cephfs` source is `cephFS`, an iSCSI `targetPortal` too long is `targetportal`, and a CSIDriver's `attachRequired` is
 * `attachedRequired`; a claim's storage request is `resources[storage]`.
 */
function storagePath(path: string): string {
  return path
    .replace(/^spec\.persistentvolumesource$/, 'spec')
    .replace(/^(nodeAffinity|volumeMode)\b/, 'spec.$1')
    .replace(/^spec\.cephFS\b/, 'spec.cephfs')
    .replace(/^spec\.iscsi\.targetportal$/, 'spec.iscsi.targetPortal')
    .replace(/^spec\.attachedRequired\b/, 'spec.attachRequired')
    .replace(/(^|\.)spec\.resources\[storage\]$/, '$1spec.resources.requests.storage');
}

/**
 * The API server validates a CustomResourceDefinition in its internal form, where a schema,
 * subresources, printer columns or selectable fields that every version shares are hoisted to
 * `spec.validation`, `spec.subresources`… (a single version always shares them): they are written
 * in the first version. A printer column's `jsonPath` is reported as `JSONPath`.
 */
function crdVersionPath(path: string): string {
  return path
    .replace(/^spec\.validation\b/, 'spec.versions[0].schema')
    .replace(/^spec\.(subresources|additionalPrinterColumns|selectableFields)\b/, 'spec.versions[0].$1')
    .replace(/\.JSONPath$/, '.jsonPath');
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
