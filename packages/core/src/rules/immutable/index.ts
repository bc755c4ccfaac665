// Rules for updates the API server refuses: immutable fields, given the old versions (`--old`, `--base`, the editor's HEAD). Shared helpers are in utils/.
import type { Rule } from '../../engine/rule.js';
import clusterTrustBundle from './cluster-trust-bundle.js';
import configmapSecret from './configmap-secret.js';
import controllerRevision from './controller-revision.js';
import crd from './crd.js';
import csiDriver from './csi-driver.js';
import endpointSlice from './endpoint-slice.js';
import ingressClass from './ingress-class.js';
import jobSpec from './job-spec.js';
import jobTemplate from './job-template.js';
import metadata from './metadata.js';
import node from './node.js';
import podAnnotations from './pod-annotations.js';
import podSpec from './pod-spec.js';
import priorityClass from './priority-class.js';
import pvSpec from './pv-spec.js';
import pvcSpec from './pvc-spec.js';
import resourceClaim from './resource-claim.js';
import resourceQuota from './resource-quota.js';
import roleRef from './role-ref.js';
import rollingUpdateLeftover from './rolling-update-leftover.js';
import runtimeClass from './runtime-class.js';
import service from './service.js';
import statefulsetSpec from './statefulset-spec.js';
import storageClass from './storage-class.js';
import storageInternals from './storage-internals.js';
import volumeAttributesClass from './volume-attributes-class.js';
import workloadSelector from './workload-selector.js';

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
  node,
];
