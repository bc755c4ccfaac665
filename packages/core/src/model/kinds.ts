import type { FieldPath } from './path.js';
import { lookupTable } from '../util/lookup-table.js';

/**
 * Where each workload kind carries its pod template. Older apiVersions of the same kinds use the
 * same layout, so the table is keyed by kind and checked against the group.
 */
interface PodSpecLocation {
  groups: readonly string[];
  spec: FieldPath;
  metadata: FieldPath;
  isTemplate: boolean;
}

const TEMPLATE_SPEC: FieldPath = ['spec', 'template', 'spec'];
const TEMPLATE_METADATA: FieldPath = ['spec', 'template', 'metadata'];
const APPS_GROUPS = ['apps', 'extensions'];

export const POD_SPEC_LOCATIONS = lookupTable<PodSpecLocation>({
  Pod: { groups: [''], spec: ['spec'], metadata: ['metadata'], isTemplate: false },
  PodTemplate: { groups: [''], spec: ['template', 'spec'], metadata: ['template', 'metadata'], isTemplate: true },
  ReplicationController: { groups: [''], spec: TEMPLATE_SPEC, metadata: TEMPLATE_METADATA, isTemplate: true },
  Deployment: { groups: APPS_GROUPS, spec: TEMPLATE_SPEC, metadata: TEMPLATE_METADATA, isTemplate: true },
  ReplicaSet: { groups: APPS_GROUPS, spec: TEMPLATE_SPEC, metadata: TEMPLATE_METADATA, isTemplate: true },
  DaemonSet: { groups: APPS_GROUPS, spec: TEMPLATE_SPEC, metadata: TEMPLATE_METADATA, isTemplate: true },
  StatefulSet: { groups: ['apps'], spec: TEMPLATE_SPEC, metadata: TEMPLATE_METADATA, isTemplate: true },
  Job: { groups: ['batch'], spec: TEMPLATE_SPEC, metadata: TEMPLATE_METADATA, isTemplate: true },
  CronJob: {
    groups: ['batch'],
    spec: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
    metadata: ['spec', 'jobTemplate', 'spec', 'template', 'metadata'],
    isTemplate: true,
  },
});

/** The kinds that carry a pod spec (of their own group: see POD_SPEC_LOCATIONS). */
export const POD_SPEC_KINDS: readonly string[] = Object.keys(POD_SPEC_LOCATIONS);

/** Kinds that live in a namespace; everything else built in is cluster-scoped. Unknown kinds count as namespaced. */
const CLUSTER_SCOPED = new Set([
  'Namespace',
  'Node',
  'PersistentVolume',
  'ClusterRole',
  'ClusterRoleBinding',
  'StorageClass',
  'CSIDriver',
  'CSINode',
  'VolumeAttachment',
  'PriorityClass',
  'IngressClass',
  'CustomResourceDefinition',
  'APIService',
  'ValidatingWebhookConfiguration',
  'MutatingWebhookConfiguration',
  'ValidatingAdmissionPolicy',
  'ValidatingAdmissionPolicyBinding',
  'MutatingAdmissionPolicy',
  'MutatingAdmissionPolicyBinding',
  'RuntimeClass',
  'PodSecurityPolicy',
  'CertificateSigningRequest',
  'FlowSchema',
  'PriorityLevelConfiguration',
  'ClusterTrustBundle',
  'DeviceClass',
  'VolumeAttributesClass',
  'IPAddress',
  'ServiceCIDR',
  'ComponentStatus',
  'StorageVersionMigration',
  'ResourceSlice',
  'DeviceTaintRule',
  'TokenReview',
  'SelfSubjectReview',
  'SubjectAccessReview',
  'SelfSubjectAccessReview',
  'SelfSubjectRulesReview',
]);

export function isNamespacedKind(kind: string): boolean {
  return !CLUSTER_SCOPED.has(kind);
}

export function splitApiVersion(apiVersion: string): { group: string; version: string } {
  const slash = apiVersion.indexOf('/');
  return slash === -1
    ? { group: '', version: apiVersion }
    : { group: apiVersion.slice(0, slash), version: apiVersion.slice(slash + 1) };
}
