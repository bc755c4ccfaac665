// Rules for restart policies: pods, workloads, Jobs, sidecars and container restart rules. Shared helpers are in utils/.
import type { Rule } from '../../engine/rule.js';
import activeDeadlineRange from './active-deadline-out-of-range.js';
import barePodServerNever from './bare-pod-server-never.js';
import containerPolicyDropped from './container-policy-dropped.js';
import containerPolicyInAlwaysWorkload from './container-policy-in-always-workload.js';
import containerPolicyOnRegularContainer from './container-policy-on-regular-container.js';
import containerPolicyValue from './container-policy-value.js';
import ephemeralContainerPolicy from './ephemeral-container-policy-forbidden.js';
import initContainerPolicyUnsupported from './init-container-policy-unsupported.js';
import jobHelperAsRegularContainer from './job-helper-as-regular-container.js';
import jobOnFailureDebugging from './job-onfailure-loses-logs.js';
import jobPolicyUnsupported from './job-policy-unsupported.js';
import jobRequiresOnFailureOrNever from './job-requires-onfailure-or-never.js';
import jobTemplateActiveDeadline from './job-template-active-deadline.js';
import livenessInNeverJob from './liveness-in-never-job.js';
import livenessInNeverPod from './liveness-in-never-pod.js';
import podFailurePolicyNeedsNever from './pod-failure-policy-needs-never.js';
import podPolicyUnsupported from './pod-policy-unsupported.js';
import resizePolicyWithNever from './resize-policy-with-never.js';
import rulesActionUnsupported from './rules-action-unsupported.js';
import rulesLimits from './rules-too-many.js';
import rulesNeedContainerPolicy from './rules-need-container-policy.js';
import rulesOnSidecar from './rules-on-sidecar.js';
import rulesOperatorUnsupported from './rules-operator-unsupported.js';
import rulesUnknownField from './rules-unknown-field.js';
import workloadActiveDeadline from './workload-active-deadline-forbidden.js';
import workloadRequiresAlways from './workload-requires-always.js';

/** §4 of the pod rule catalogue: errors, then pitfalls. */
export const restartRules: readonly Rule[] = [
  podPolicyUnsupported,
  workloadRequiresAlways,
  workloadActiveDeadline,
  jobRequiresOnFailureOrNever,
  jobPolicyUnsupported,
  podFailurePolicyNeedsNever,
  activeDeadlineRange,
  containerPolicyOnRegularContainer,
  initContainerPolicyUnsupported,
  ephemeralContainerPolicy,
  containerPolicyValue,
  rulesNeedContainerPolicy,
  rulesActionUnsupported,
  rulesOperatorUnsupported,
  rulesLimits,
  rulesOnSidecar,
  resizePolicyWithNever,
  containerPolicyDropped,
  rulesUnknownField,
  barePodServerNever,
  livenessInNeverPod,
  livenessInNeverJob,
  jobOnFailureDebugging,
  jobTemplateActiveDeadline,
  jobHelperAsRegularContainer,
  containerPolicyInAlwaysWorkload,
];
