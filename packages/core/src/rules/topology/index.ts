// Rules for topology spread constraints and pod (anti-)affinity. Shared helpers are in utils/.
import type { Rule } from '../../engine/rule.js';
import deprecatedTopologyKey from './deprecated-topology-key.js';
import duplicateConstraint from './duplicate-constraint.js';
import labelSelectorInvalid from './label-selector-invalid.js';
import matchLabelKeysInSelector from './match-label-keys-in-selector.js';
import matchLabelKeysInvalid from './match-label-keys-invalid.js';
import matchLabelKeysNotInLabels from './match-label-keys-not-in-labels.js';
import matchLabelKeysWithoutSelector from './match-label-keys-without-selector.js';
import maxSkewNotPositive from './max-skew-not-positive.js';
import minDomainsAboveReplicas from './min-domains-above-replicas.js';
import minDomainsNeedsDoNotSchedule from './min-domains-needs-do-not-schedule.js';
import minDomainsNotPositive from './min-domains-not-positive.js';
import missing from './spread-missing.js';
import nodeAffinityPolicyUnsupported from './node-affinity-policy-unsupported.js';
import nodeTaintsPolicyUnsupported from './node-taints-policy-unsupported.js';
import nullLabelSelector from './null-label-selector.js';
import podAffinityDeprecatedTopologyKey from './pod-affinity-deprecated-topology-key.js';
import podAffinityLabelSelectorInvalid from './pod-affinity-label-selector-invalid.js';
import podAffinityMatchAndMismatchLabelKeys from './pod-affinity-match-and-mismatch-label-keys.js';
import podAffinityMatchLabelKeysInSelector from './pod-affinity-match-label-keys-in-selector.js';
import podAffinityMatchLabelKeysInvalid from './pod-affinity-match-label-keys-invalid.js';
import podAffinityMatchLabelKeysWithoutSelector from './pod-affinity-match-label-keys-without-selector.js';
import podAffinityNamespaceInvalid from './pod-affinity-namespace-invalid.js';
import podAffinityNullLabelSelector from './pod-affinity-null-label-selector.js';
import podAffinityTopologyKeyInvalid from './pod-affinity-topology-key-invalid.js';
import podAffinityTopologyKeyMissing from './pod-affinity-topology-key-missing.js';
import podAffinityTopologyKeyTypo from './pod-affinity-topology-key-typo.js';
import podAffinityWeightRange from './pod-affinity-weight-out-of-range.js';
import rollingUpdateWithoutTemplateHash from './rolling-update-without-template-hash.js';
import selectorMissesOwnPod from './selector-misses-own-pod.js';
import singleReplica from './spread-on-single-replica.js';
import topologyKeyInvalidSyntax from './topology-key-invalid-syntax.js';
import topologyKeyMissing from './topology-key-missing.js';
import topologyKeyTypo from './topology-key-typo.js';
import topologyKeyUnknown from './topology-key-unknown.js';
import whenUnsatisfiableUnsupported from './when-unsatisfiable-unsupported.js';

/**
 * §3 of the pod rule catalogue (topology spread constraints, and §3.5 pod affinity terms): API
 * server errors, then its warnings, then pitfalls and advice.
 */
export const topologyRules: readonly Rule[] = [
  maxSkewNotPositive,
  topologyKeyMissing,
  whenUnsatisfiableUnsupported,
  duplicateConstraint,
  minDomainsNotPositive,
  minDomainsNeedsDoNotSchedule,
  nodeAffinityPolicyUnsupported,
  nodeTaintsPolicyUnsupported,
  matchLabelKeysWithoutSelector,
  matchLabelKeysInvalid,
  matchLabelKeysInSelector,
  labelSelectorInvalid,
  podAffinityTopologyKeyMissing,
  podAffinityTopologyKeyInvalid,
  podAffinityWeightRange,
  podAffinityLabelSelectorInvalid,
  podAffinityNamespaceInvalid,
  podAffinityMatchLabelKeysWithoutSelector,
  podAffinityMatchLabelKeysInvalid,
  podAffinityMatchLabelKeysInSelector,
  podAffinityMatchAndMismatchLabelKeys,
  deprecatedTopologyKey,
  nullLabelSelector,
  podAffinityNullLabelSelector,
  selectorMissesOwnPod,
  topologyKeyTypo,
  topologyKeyInvalidSyntax,
  topologyKeyUnknown,
  podAffinityDeprecatedTopologyKey,
  podAffinityTopologyKeyTypo,
  minDomainsAboveReplicas,
  matchLabelKeysNotInLabels,
  rollingUpdateWithoutTemplateHash,
  singleReplica,
  missing,
];
