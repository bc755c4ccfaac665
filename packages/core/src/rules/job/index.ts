// Rules for Jobs: negative counts, indexed completion mode, pod failure policies, as ValidateJobSpec checks them. Shared helpers are in utils/.
import type { Rule } from '../../engine/rule.js';
import indexedFieldsWithoutIndexedMode from './indexed-fields-without-indexed-mode.js';
import indexedWithoutCompletions from './indexed-without-completions.js';
import negativeValue from './negative-value.js';
import podFailurePolicyRuleInvalid from './pod-failure-policy-rule-invalid.js';

export const jobRules: readonly Rule[] = [
  negativeValue,
  indexedFieldsWithoutIndexedMode,
  indexedWithoutCompletions,
  podFailurePolicyRuleInvalid,
];
