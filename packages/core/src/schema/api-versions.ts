import type { KubernetesVersion } from '../release/versions.js';
import { closestMatch } from '../util/suggest.js';
import { releaseBit, releasesOf, type KindIndex } from './catalog.js';
import type { CrdIndex, CrdVersion } from './crd.js';
import { lookup, lookupTable } from '../util/lookup-table.js';

/**
 * What an apiVersion and kind are for the target release: a built-in kind it serves, one it
 * stopped serving (or serves only when enabled), a mistake in a built-in group, or a custom
 * resource (with or without its CRD).
 */
export type KindStatus =
  | { readonly type: 'builtin'; readonly definition: string }
  | { readonly type: 'removed'; readonly message: string }
  | { readonly type: 'opt-in'; readonly message: string; readonly definition: string }
  | { readonly type: 'no-match'; readonly field: 'apiVersion' | 'kind'; readonly message: string }
  | { readonly type: 'custom'; readonly crd: CrdVersion }
  | { readonly type: 'custom-unserved'; readonly field: 'apiVersion' | 'kind'; readonly message: string }
  | { readonly type: 'unknown' };

/**
 * Built-in apiVersions removed before the oldest release podlint knows (the Kubernetes deprecation
 * guide): release of removal and, per kind, what to use instead (`null`: nothing replaces it).
 */
const REMOVED_BEFORE_CATALOG = lookupTable<{
  removedIn: string;
  later?: Readonly<Record<string, string>>;
  kinds: Readonly<Record<string, string | null>>;
}>({
  'extensions/v1beta1': {
    removedIn: '1.16',
    later: { Ingress: '1.22' },
    kinds: {
      Deployment: 'apps/v1',
      DaemonSet: 'apps/v1',
      ReplicaSet: 'apps/v1',
      StatefulSet: 'apps/v1',
      NetworkPolicy: 'networking.k8s.io/v1',
      Ingress: 'networking.k8s.io/v1',
      PodSecurityPolicy: null,
    },
  },
  'apps/v1beta1': {
    removedIn: '1.16',
    kinds: { Deployment: 'apps/v1', StatefulSet: 'apps/v1', ReplicaSet: 'apps/v1', ControllerRevision: 'apps/v1' },
  },
  'apps/v1beta2': {
    removedIn: '1.16',
    kinds: {
      Deployment: 'apps/v1',
      StatefulSet: 'apps/v1',
      ReplicaSet: 'apps/v1',
      DaemonSet: 'apps/v1',
      ControllerRevision: 'apps/v1',
    },
  },
  'networking.k8s.io/v1beta1': {
    removedIn: '1.22',
    kinds: { Ingress: 'networking.k8s.io/v1', IngressClass: 'networking.k8s.io/v1' },
  },
  'admissionregistration.k8s.io/v1beta1': {
    removedIn: '1.22',
    kinds: {
      MutatingWebhookConfiguration: 'admissionregistration.k8s.io/v1',
      ValidatingWebhookConfiguration: 'admissionregistration.k8s.io/v1',
    },
  },
  'apiextensions.k8s.io/v1beta1': { removedIn: '1.22', kinds: { CustomResourceDefinition: 'apiextensions.k8s.io/v1' } },
  'apiregistration.k8s.io/v1beta1': { removedIn: '1.22', kinds: { APIService: 'apiregistration.k8s.io/v1' } },
  'authentication.k8s.io/v1beta1': { removedIn: '1.22', kinds: { TokenReview: 'authentication.k8s.io/v1' } },
  'authorization.k8s.io/v1beta1': {
    removedIn: '1.22',
    kinds: {
      SubjectAccessReview: 'authorization.k8s.io/v1',
      LocalSubjectAccessReview: 'authorization.k8s.io/v1',
      SelfSubjectAccessReview: 'authorization.k8s.io/v1',
      SelfSubjectRulesReview: 'authorization.k8s.io/v1',
    },
  },
  'certificates.k8s.io/v1beta1': { removedIn: '1.22', kinds: { CertificateSigningRequest: 'certificates.k8s.io/v1' } },
  'coordination.k8s.io/v1beta1': { removedIn: '1.22', kinds: { Lease: 'coordination.k8s.io/v1' } },
  'rbac.authorization.k8s.io/v1beta1': {
    removedIn: '1.22',
    kinds: {
      Role: 'rbac.authorization.k8s.io/v1',
      ClusterRole: 'rbac.authorization.k8s.io/v1',
      RoleBinding: 'rbac.authorization.k8s.io/v1',
      ClusterRoleBinding: 'rbac.authorization.k8s.io/v1',
    },
  },
  'rbac.authorization.k8s.io/v1alpha1': {
    removedIn: '1.22',
    kinds: {
      Role: 'rbac.authorization.k8s.io/v1',
      ClusterRole: 'rbac.authorization.k8s.io/v1',
      RoleBinding: 'rbac.authorization.k8s.io/v1',
      ClusterRoleBinding: 'rbac.authorization.k8s.io/v1',
    },
  },
  'scheduling.k8s.io/v1beta1': { removedIn: '1.22', kinds: { PriorityClass: 'scheduling.k8s.io/v1' } },
  'storage.k8s.io/v1beta1': {
    removedIn: '1.22',
    later: { CSIStorageCapacity: '1.27' },
    kinds: {
      CSIDriver: 'storage.k8s.io/v1',
      CSINode: 'storage.k8s.io/v1',
      StorageClass: 'storage.k8s.io/v1',
      VolumeAttachment: 'storage.k8s.io/v1',
      CSIStorageCapacity: 'storage.k8s.io/v1',
    },
  },
  'batch/v1beta1': { removedIn: '1.25', kinds: { CronJob: 'batch/v1' } },
  'batch/v2alpha1': { removedIn: '1.21', kinds: { CronJob: 'batch/v1' } },
  'discovery.k8s.io/v1beta1': { removedIn: '1.25', kinds: { EndpointSlice: 'discovery.k8s.io/v1' } },
  'events.k8s.io/v1beta1': { removedIn: '1.25', kinds: { Event: 'events.k8s.io/v1' } },
  'autoscaling/v2beta1': { removedIn: '1.25', kinds: { HorizontalPodAutoscaler: 'autoscaling/v2' } },
  'autoscaling/v2beta2': { removedIn: '1.26', kinds: { HorizontalPodAutoscaler: 'autoscaling/v2' } },
  'policy/v1beta1': { removedIn: '1.25', kinds: { PodDisruptionBudget: 'policy/v1', PodSecurityPolicy: null } },
  'node.k8s.io/v1beta1': { removedIn: '1.25', kinds: { RuntimeClass: 'node.k8s.io/v1' } },
  'flowcontrol.apiserver.k8s.io/v1beta1': {
    removedIn: '1.26',
    kinds: {
      FlowSchema: 'flowcontrol.apiserver.k8s.io/v1',
      PriorityLevelConfiguration: 'flowcontrol.apiserver.k8s.io/v1',
    },
  },
  'flowcontrol.apiserver.k8s.io/v1beta2': {
    removedIn: '1.29',
    kinds: {
      FlowSchema: 'flowcontrol.apiserver.k8s.io/v1',
      PriorityLevelConfiguration: 'flowcontrol.apiserver.k8s.io/v1',
    },
  },
});

const NO_REPLACEMENT = lookupTable<string>({
  PodSecurityPolicy:
    'PodSecurityPolicy was removed without a replacement kind: use Pod Security Admission (namespace labels pod-security.kubernetes.io/*) or a policy engine',
});

function groupOf(apiVersion: string): string {
  const slash = apiVersion.indexOf('/');
  return slash === -1 ? '' : apiVersion.slice(0, slash);
}

const groupCache = new WeakMap<KindIndex, ReadonlySet<string>>();

/** Groups that belong to Kubernetes itself: a kind there is never a custom resource. */
export function builtinGroups(catalog: KindIndex): ReadonlySet<string> {
  let groups = groupCache.get(catalog);
  if (!groups) {
    groups = new Set([...Object.keys(catalog.apiVersions), ...Object.keys(REMOVED_BEFORE_CATALOG)].map(groupOf));
    groupCache.set(catalog, groups);
  }
  return groups;
}

export function classifyKind(
  catalog: KindIndex,
  version: KubernetesVersion,
  apiVersion: string,
  kind: string,
  crds: CrdIndex,
): KindStatus {
  const bit = releaseBit(catalog, version);
  const entry = lookup(catalog.apiVersions, apiVersion);
  const kindEntry = lookup(entry?.kinds, kind);
  const group = groupOf(apiVersion);
  if (kindEntry && (kindEntry.r & bit) !== 0) {
    if (entry?.optIn)
      return {
        type: 'opt-in',
        message: optInMessage(catalog, bit, apiVersion, kind),
        definition: kindEntry.definition,
      };
    return { type: 'builtin', definition: kindEntry.definition };
  }
  if (kindEntry)
    return { type: 'removed', message: removedFromCatalogMessage(catalog, version, apiVersion, kind, kindEntry.r) };
  const historical = REMOVED_BEFORE_CATALOG[apiVersion];
  if (historical && Object.prototype.hasOwnProperty.call(historical.kinds, kind)) {
    const replacement = lookup(historical.kinds, kind);
    const instead = replacement ? `use apiVersion: ${replacement}` : (NO_REPLACEMENT[kind] ?? 'nothing replaces it');
    const removedIn = lookup(historical.later, kind) ?? historical.removedIn;
    return {
      type: 'removed',
      message: `${apiVersion} ${kind} was removed in Kubernetes ${removedIn}, so the ${version} API server has no such API and refuses the object; ${instead}${replacement ? ' (check the fields that changed between the versions)' : ''}`,
    };
  }
  if (builtinGroups(catalog).has(group)) return noMatch(catalog, bit, version, apiVersion, kind);
  const crd = crds.find(group, splitVersion(apiVersion), kind);
  if (crd?.served) return { type: 'custom', crd };
  const versions = crds.versionsOf(group, kind);
  if (versions.length) {
    const served = versions.filter((v) => v.served).map((v) => `${group}/${v.version}`);
    return {
      type: 'custom-unserved',
      field: 'apiVersion',
      message: `the CustomResourceDefinition ${versions[0]?.crdName ?? ''} does not serve ${apiVersion}${served.length ? `; it serves ${served.join(', ')}` : ''}, so the API server refuses the object`,
    };
  }
  if (crds.groups.has(group)) {
    const suggestion = closestMatch(kind, crds.kindsOf(group));
    if (suggestion)
      return {
        type: 'custom-unserved',
        field: 'kind',
        message: `no CustomResourceDefinition defines kind ${kind} in ${group} — did you mean ${suggestion}? The API server refuses kinds nothing defines`,
      };
  }
  return { type: 'unknown' };
}

function splitVersion(apiVersion: string): string {
  const slash = apiVersion.indexOf('/');
  return slash === -1 ? apiVersion : apiVersion.slice(slash + 1);
}

/** GA apiVersions that serve `kind` in the target release, own group first. */
function servingApiVersions(catalog: KindIndex, bit: number, kind: string, group: string): string[] {
  const serving = Object.entries(catalog.apiVersions)
    .filter(([, entry]) => !entry.optIn && ((lookup(entry.kinds, kind)?.r ?? 0) & bit) !== 0)
    .map(([apiVersion]) => apiVersion);
  return serving.sort((a, b) => Number(groupOf(b) === group) - Number(groupOf(a) === group));
}

function removedFromCatalogMessage(
  catalog: KindIndex,
  version: KubernetesVersion,
  apiVersion: string,
  kind: string,
  mask: number,
): string {
  const bit = releaseBit(catalog, version);
  const present = releasesOf(catalog, mask);
  const last = present[present.length - 1] ?? '';
  const first = present[0] ?? '';
  const index = catalog.releases.indexOf(version);
  const instead = servingApiVersions(catalog, bit, kind, groupOf(apiVersion))[0];
  const use = instead ? `; use apiVersion: ${instead}` : '';
  if (catalog.releases.indexOf(first) > index)
    return `${apiVersion} ${kind} is served from Kubernetes ${first} on, not by the ${version} API server, which refuses the object${use}`;
  const removedIn = catalog.releases[catalog.releases.indexOf(last) + 1] ?? 'a later release';
  return `${apiVersion} ${kind} is no longer served: it was removed in Kubernetes ${removedIn}, so the ${version} API server refuses the object${use}`;
}

function optInMessage(catalog: KindIndex, bit: number, apiVersion: string, kind: string): string {
  const instead = servingApiVersions(catalog, bit, kind, groupOf(apiVersion))[0];
  return `${apiVersion} is not enabled by default (alpha and newer beta APIs must be turned on with --runtime-config=${apiVersion}=true), so a default API server refuses this ${kind}${instead ? `; use apiVersion: ${instead}` : ''}`;
}

function noMatch(
  catalog: KindIndex,
  bit: number,
  version: KubernetesVersion,
  apiVersion: string,
  kind: string,
): KindStatus {
  const group = groupOf(apiVersion);
  const inGroup = Object.entries(catalog.apiVersions).filter(([av]) => groupOf(av) === group);
  const groupKinds = new Set(inGroup.flatMap(([, entry]) => Object.keys(entry.kinds)));
  const servedVersions = inGroup.filter(([, entry]) => !entry.optIn && (entry.r & bit) !== 0).map(([av]) => av);
  const groupName = group === '' ? 'the core group' : `the ${group} group`;
  if (!groupKinds.has(kind)) {
    const candidates = [...new Set(Object.values(catalog.apiVersions).flatMap((entry) => Object.keys(entry.kinds)))];
    const elsewhere = candidates.includes(kind) ? servingApiVersions(catalog, bit, kind, group)[0] : undefined;
    if (elsewhere) {
      return {
        type: 'no-match',
        field: 'kind',
        message: `${kind} is not a kind of ${groupName}, so the API server refuses the object ("no matches for kind"); it is served as apiVersion: ${elsewhere}`,
      };
    }
    const suggestion = closestMatch(kind, groupKinds) ?? closestMatch(kind, candidates);
    const where = suggestion ? servingApiVersions(catalog, bit, suggestion, group)[0] : undefined;
    const hint = suggestion
      ? ` — did you mean ${suggestion}${where && where !== apiVersion ? ` (apiVersion: ${where})` : ''}?`
      : '';
    return {
      type: 'no-match',
      field: 'kind',
      message: `${groupName} has no kind ${kind}${hint} The API server refuses the object ("no matches for kind")`,
    };
  }
  const instead = servingApiVersions(catalog, bit, kind, group)[0];
  return {
    type: 'no-match',
    field: 'apiVersion',
    message: `${apiVersion} is not a version of ${groupName} that Kubernetes ${version} serves${servedVersions.length ? ` (it serves ${servedVersions.join(', ')})` : ''}; the API server refuses the object${instead ? `: use apiVersion: ${instead}` : ''}`,
  };
}
