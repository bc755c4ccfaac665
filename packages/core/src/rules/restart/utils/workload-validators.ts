import type { ApiSource } from '../../../engine/rule.js';

/** The API server functions that validate the pod template of a workload that keeps its pods running. */
export const WORKLOAD_TEMPLATE_VALIDATORS: readonly ApiSource[] = [
  { package: 'k8s.io/kubernetes/pkg/apis/apps/validation', function: 'ValidatePodTemplateSpecForReplicaSet' },
  { package: 'k8s.io/kubernetes/pkg/apis/apps/validation', function: 'ValidateStatefulSetSpec' },
  { package: 'k8s.io/kubernetes/pkg/apis/apps/validation', function: 'ValidateDaemonSetSpec' },
  { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'ValidatePodTemplateSpecForRC' },
];
