// Rules for Jobs: negative counts, indexed completion mode and its limits, pod failure and success policies, managedBy, as ValidateJobSpec checks them. Shared helpers are in utils/.
import type { Rule } from '../../engine/rule.js';
import indexLimitsExceeded from './index-limits-exceeded.js';
import indexedNameInvalid from './indexed-name-invalid.js';
import indexedFieldsWithoutIndexedMode from './indexed-fields-without-indexed-mode.js';
import indexedWithoutCompletions from './indexed-without-completions.js';
import managedByInvalid from './managed-by-invalid.js';
import negativeValue from './negative-value.js';
import podFailurePolicyRuleInvalid from './pod-failure-policy-rule-invalid.js';
import podReplacementPolicyInvalid from './pod-replacement-policy-invalid.js';
import selectorInvalid from './selector-invalid.js';
import successPolicyInvalid from './success-policy-invalid.js';
import generatedLabelConflict from './generated-label-conflict.js';

export const jobRules: readonly Rule[] = [
  negativeValue,
  indexedFieldsWithoutIndexedMode,
  indexedWithoutCompletions,
  podFailurePolicyRuleInvalid,
  managedByInvalid,
  successPolicyInvalid,
  indexLimitsExceeded,
  podReplacementPolicyInvalid,
  selectorInvalid,
  generatedLabelConflict,
  indexedNameInvalid,
];
