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
  clusterConfiguration:
    "the verdict depends on the cluster (IP families, node port range, a namespace's labels, the request's namespace, whether a claim is bound), not on the manifest",
} as const;

/** What the oracle was asked about, beside its errors: the variant's manifest and, on an update, the stored one. */
export interface VariantTexts {
  text?: string;
  oldText?: string;
}

/**
 * Rejections that depend on how the cluster is configured rather than on the manifest: the oracle
 * runs a single-stack (IPv4) API server with the default node port range (30000-32767), so
 * dual-stack Services, IPv6 families and node ports outside that range are refused there and
 * accepted by a cluster configured for them. podlint cannot know the cluster, so these are
 * exceptions, never errors.
 */
export function clusterDependentReason(
  errors: ReadonlyArray<{ field: string; detail: string; value?: string }>,
  variant: VariantTexts = {},
): string | undefined {
  const dualStack = (error: { field: string; detail: string }): boolean =>
    /^spec\.(ipFamil(y|ies)|clusterIPs)/.test(error.field) &&
    /dual-stack|not configured on this cluster/.test(error.detail);
  // Only a port some range could hold: one outside 1-65535 is refused by every cluster.
  const nodePortRange = (error: { field: string; detail: string; value?: string }): boolean =>
    /(nodePort|healthCheckNodePort)$/.test(error.field) &&
    /provided port is not in the valid range/.test(error.detail) &&
    isPortNumber(error.value);
  if (errors.length === 0) return undefined;
  if (errors.every(dualStack))
    return 'dual-stack: the oracle runs a single-stack API server, a dual-stack cluster accepts it';
  if (errors.every((error) => dualStack(error) || nodePortRange(error)))
    return 'node port range: the oracle allows the default 30000-32767, a cluster started with another --service-node-port-range accepts it';
  return stateDependentReason(errors, variant);
}

/**
 * Rejections that depend on other objects or on the request, which a manifest does not show:
 * DRA admin access needs a label on the namespace (the oracle's namespaces have none); an Event
 * without metadata.namespace is in the request's namespace (kubectl -n or the context's, `default`
 * for the oracle), which must be its involved object's; and a claim's volumeAttributesClassName and
 * storage request may change only while it is Bound (the oracle's stored claim is Pending,
 * podlint takes a claim from a manifest as bound); the Priority admission plugin gives a created
 * Pod its priority (0 and PreemptLowerPriority without a default PriorityClass), which the oracle
 * does not run, so writing those on update changes nothing on such a cluster.
 */
function stateDependentReason(
  errors: ReadonlyArray<{ field: string; detail: string }>,
  variant: VariantTexts,
): string | undefined {
  if (
    errors.every((error) => /^admin access to devices requires .* label on the containing namespace/.test(error.detail))
  )
    return "DRA admin access: allowed in a namespace labelled resource.kubernetes.io/admin-access: true, and the oracle's namespaces have no labels";
  const object = variant.text === undefined ? undefined : parseManifest(variant.text);
  const manifest = object as { kind?: unknown; metadata?: { namespace?: unknown } } | undefined;
  if (
    manifest?.kind === 'Event' &&
    manifest.metadata?.namespace === undefined &&
    errors.every(
      (error) => error.field === 'involvedObject.namespace' && error.detail === 'does not match event.namespace',
    )
  )
    return "the Event's namespace is the request's (kubectl -n, or the context's), which the oracle takes as default";
  const old = variant.oldText === undefined ? undefined : parseManifest(variant.oldText);
  if (
    manifest?.kind === 'PersistentVolumeClaim' &&
    old !== undefined &&
    errors.every((error) => error.field === 'spec' && error.detail.startsWith('spec is immutable after creation')) &&
    sameApartFromBoundChanges(valueAt(old, 'spec'), valueAt(object, 'spec'))
  )
    return "a claim's volumeAttributesClassName and storage request may change once it is Bound; the oracle's stored claim is Pending";
  if (
    manifest?.kind === 'Pod' &&
    old !== undefined &&
    errors.every((error) => error.field === 'spec' && error.detail.startsWith('pod updates may not change fields')) &&
    sameApartFromAdmittedPriority(valueAt(old, 'spec'), valueAt(object, 'spec'))
  )
    return "the Priority admission plugin sets a created Pod's priority (0 without a default PriorityClass); the oracle does not run it";
  return undefined;
}

/** The JSON of a spec without the fields `drop` removes from a copy of it. */
function specWithout(spec: unknown, drop: (copy: Record<string, unknown>) => void): string {
  const copy = structuredClone((spec ?? {}) as Record<string, unknown>);
  drop(copy);
  return JSON.stringify(copy);
}

/** Two claim specs equal but for volumeAttributesClassName and the storage request, which a Bound claim may change. */
function sameApartFromBoundChanges(oldSpec: unknown, newSpec: unknown): boolean {
  const drop = (copy: Record<string, unknown>): void => {
    delete copy.volumeAttributesClassName;
    const requests = (copy.resources as { requests?: Record<string, unknown> } | undefined)?.requests;
    if (requests) delete requests.storage;
  };
  return specWithout(oldSpec, drop) === specWithout(newSpec, drop);
}

/** A pod spec that adds only the priority admission gives a Pod without a priority class. */
function sameApartFromAdmittedPriority(oldSpec: unknown, newSpec: unknown): boolean {
  const old = (oldSpec ?? {}) as Record<string, unknown>;
  const next = (newSpec ?? {}) as Record<string, unknown>;
  if (old.priority !== undefined || old.preemptionPolicy !== undefined || old.priorityClassName !== undefined)
    return false;
  if (![undefined, 0].includes(next.priority as number | undefined)) return false;
  if (![undefined, 'PreemptLowerPriority'].includes(next.preemptionPolicy as string | undefined)) return false;
  const drop = (copy: Record<string, unknown>): void => {
    delete copy.priority;
    delete copy.preemptionPolicy;
  };
  return specWithout(old, drop) === specWithout(next, drop);
}

/** The oracle's value of a node port error: `"30080"`; absent or not an integer in 1-65535 is no port. */
function isPortNumber(value: string | undefined): boolean {
  if (value === undefined || !/^\d+$/.test(value)) return false;
  const port = Number(value);
  return port >= 1 && port <= 65535;
}

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

/** The value at `a.b[2].c` of a parsed manifest. */
function valueAt(object: unknown, path: string): unknown {
  let value = object;
  for (const step of path.match(/[^.[\]]+/g) ?? []) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[step];
  }
  return value;
}

/**
 * Decoding fills an empty `serviceAccountName` from the deprecated `serviceAccount`, and the API
 * server names `serviceAccountName` in its error; podlint points at the field that is written.
 */
function withDeprecatedServiceAccount(path: string, object: unknown): string {
  if (!path.endsWith('.serviceAccountName') || object === undefined) return path;
  const spec = path.slice(0, -'.serviceAccountName'.length);
  const written = valueAt(object, spec) as { serviceAccountName?: unknown; serviceAccount?: unknown } | undefined;
  return written && !written.serviceAccountName && written.serviceAccount !== undefined
    ? `${spec}.serviceAccount`
    : path;
}

/**
 * The API server's own path quirks, turned into where the field is written: a GCE disk volume is
 * reported as `persistentDisk`, a pod affinity term's namespaces as `namespace`, a spread
 * constraint's key pair as the pseudo-field `{topologyKey, whenUnsatisfiable}` (podlint points at
 * its topologyKey), a Service's source ranges as `LoadBalancerSourceRanges`, a template's
 * metadata uid as `uID` (ValidateTemplateObjectMeta names the Go field), and a StatefulSet's
 * pod volumes are validated after one volume per
 * volumeClaimTemplate (validateStatefulSetSpec prepends them), which shifts their indexes.
 */
export function writtenPath(reportedPath: string, object?: unknown): string {
  let path = storagePath(
    withDeprecatedServiceAccount(
      withTemplateMetadata(reportedPath)
        .replace(/\.persistentDisk\b/, '.gcePersistentDisk')
        .replace(/(\.podAffinityTerm|IgnoredDuringExecution\[\d+\])\.namespace$/, '$1.namespaces')
        .replace(/\.\{topologyKey, whenUnsatisfiable\}$/, '.topologyKey')
        .replace(/\.metadata\.uID$/, '.metadata.uid'),
      object,
    ),
  );
  if ((object as { kind?: unknown } | undefined)?.kind === 'CustomResourceDefinition') path = crdVersionPath(path);
  path = nodeKindPath(path, object);
  path = eventsApiPath(path, object);
  path = secretStringDataPath(path, object);
  path = jobNamePath(path, object);
  const manifest = object as
    | {
        kind?: unknown;
        spec?: { volumeClaimTemplates?: unknown; clusterIPs?: unknown; template?: { spec?: { volumes?: unknown } } };
      }
    | undefined;
  // ValidateIngressCreate names the class annotation without `metadata`.
  if (manifest?.kind === 'Ingress') path = path.replace(/^annotations\.(.+)$/, 'metadata.annotations[$1]');
  if (manifest?.kind === 'Service') {
    // validateService names loadBalancerSourceRanges by its Go name; a Service that gives only
    // clusterIP has its clusterIPs filled from it before validation.
    path = path.replace(/^spec\.LoadBalancerSourceRanges\b/, 'spec.loadBalancerSourceRanges');
    if (!Array.isArray(manifest.spec?.clusterIPs) || manifest.spec.clusterIPs.length === 0)
      path = path.replace(/^spec\.clusterIPs(\[0\])?$/, 'spec.clusterIP');
  }
  const claims = Array.isArray(manifest?.spec?.volumeClaimTemplates)
    ? (manifest.spec.volumeClaimTemplates as Array<{ metadata?: { name?: unknown } }>)
    : [];
  if (manifest?.kind === 'StatefulSet' && claims.length > 0) {
    const claimNames = new Set(claims.map((claim) => claim.metadata?.name));
    const volumes = Array.isArray(manifest.spec?.template?.spec?.volumes)
      ? (manifest.spec.template.spec.volumes as Array<{ name?: unknown }>)
      : [];
    const kept = volumes.flatMap((volume, index) => (claimNames.has(volume.name) ? [] : [index]));
    // The prepended volumes come from a map, in no set order: only a single claim template is placed.
    if (claims.length === 1)
      path = path.replace(
        /^spec\.template\.spec\.volumes\[0\]\.(name|persistentVolumeClaim\.claimName)$/,
        'spec.volumeClaimTemplates[0].metadata.name',
      );
    path = path.replace(/^spec\.template\.spec\.volumes\[(\d+)\]/, (whole, index: string) => {
      const written = kept[Number(index) - claimNames.size];
      return written === undefined ? whole : `spec.template.spec.volumes[${written}]`;
    });
  }
  // An autoscaling/v1 HPA's CPU target is converted to a Resource metric before validation.
  if (
    manifest?.kind === 'HorizontalPodAutoscaler' &&
    (object as { apiVersion?: unknown }).apiVersion === 'autoscaling/v1'
  )
    path = path.replace(
      /^spec\.metrics\[\d+\]\.resource\.target\.averageUtilization$/,
      'spec.targetCPUUtilizationPercentage',
    );
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

/**
 * A Job's name is copied into its template's job-name labels (unless manualSelector), and a name
 * too long for a label value is reported as the template's labels; podlint points at the name.
 */
function jobNamePath(path: string, object: unknown): string {
  const manifest = object as { kind?: unknown; metadata?: { name?: unknown }; spec?: { manualSelector?: unknown } };
  if (manifest?.kind !== 'Job' || manifest.spec?.manualSelector === true) return path;
  const name = manifest.metadata?.name;
  return typeof name === 'string' && name.length > 63
    ? path.replace(/^spec\.template\.metadata\.labels$/, 'metadata.name')
    : path;
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
  if (parentPath(oraclePath) === podlintPath) return true;
  // A missing struct is validated as its zero value, so the API server names what that lacks
  // (`spec.template.spec.containers` for a Job without a spec); podlint names the missing struct.
  return (
    object !== undefined &&
    podlintPath !== '' &&
    (oraclePath.startsWith(`${podlintPath}.`) || oraclePath.startsWith(`${podlintPath}[`)) &&
    valueAt(object, podlintPath) === undefined
  );
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
  const dependent = clusterDependentReason(verdict.errors, variant) !== undefined;
  if (errors.length === 0) return dependent ? 'exception' : 'miss';
  if (matchesAny(errors, verdict, variant.text)) return 'agreed';
  // The oracle stopped at a check that depends on the cluster, before the one podlint reports.
  return dependent ? 'exception' : 'path-mismatch';
}

/** Some podlint error is where some oracle error is. */
function matchesAny(errors: readonly Finding[], verdict: OracleVerdict, text: string | undefined): boolean {
  const object = text === undefined ? undefined : parseManifest(text);
  // A decoding error names the field as written: validation's path quirks (a StatefulSet's shifted volumes) do not apply.
  return errors.some((finding) =>
    verdict.errors.some((error) =>
      pathMatches(finding.path, error.field, error.type === 'Decode' ? undefined : object),
    ),
  );
}

/** Variants are written as JSON; anything else is matched without the StatefulSet quirk. */
function parseManifest(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
