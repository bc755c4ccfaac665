// Rules for updates the API server refuses: immutable fields, given the old versions (`--old`, `--base`, the editor's HEAD). Shared helpers are in utils/.
import type { Rule } from '../../engine/rule.js';
import clusterTrustBundle from './cluster-trust-bundle-signer-changed.js';
import resourceSliceIdentity from './resource-slice-identity-changed.js';
import configmapSecret from './configmap-secret-changed.js';
import controllerRevision from './controller-revision-data-changed.js';
import crd from './crd-identity-changed.js';
import csiDriver from './csi-driver-changed.js';
import endpointSlice from './endpoint-slice-address-type-changed.js';
import ingressClass from './ingress-class-controller-changed.js';
import ipAddress from './ip-address-parent-ref-changed.js';
import jobSpec from './job-spec-changed.js';
import jobTemplate from './job-template-changed.js';
import metadata from './uid-changed.js';
import node from './node-identity-changed.js';
import podAnnotations from './pod-annotation-changed.js';
import podSpec from './pod-spec-changed.js';
import priorityClass from './priority-class-changed.js';
import pvSpec from './pv-spec-changed.js';
import pvcSpec from './pvc-spec-changed.js';
import resourceClaim from './resource-claim-spec-changed.js';
import resourceQuota from './resource-quota-scopes-changed.js';
import roleRef from './role-ref-changed.js';
import rollingUpdateLeftover from './rolling-update-leftover.js';
import runtimeClass from './runtime-class-handler-changed.js';
import service from './service-field-changed.js';
import serviceCidr from './service-cidr-changed.js';
import statefulsetSpec from './statefulset-spec-changed.js';
import storageClass from './storage-class-changed.js';
import storageInternals from './storage-object-changed.js';
import volumeAttributesClass from './volume-attributes-class-changed.js';
import workloadSelector from './workload-selector-changed.js';

/** Changes the API server refuses on update ("field is immutable"): they run only when old versions are given. */
export const immutableRules: readonly Rule[] = [
  metadata,
  podSpec,
  podAnnotations,
  workloadSelector,
  statefulsetSpec,
  rollingUpdateLeftover,
  jobSpec,
  jobTemplate,
  service,
  pvcSpec,
  pvSpec,
  configmapSecret,
  roleRef,
  storageClass,
  csiDriver,
  volumeAttributesClass,
  storageInternals,
  priorityClass,
  ingressClass,
  resourceQuota,
  endpointSlice,
  runtimeClass,
  resourceClaim,
  controllerRevision,
  crd,
  clusterTrustBundle,
  resourceSliceIdentity,
  node,
  ipAddress,
  serviceCidr,
];
