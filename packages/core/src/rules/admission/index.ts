// Rules for admission configuration: webhook configurations (names, client config, review versions, timeouts, rules, selectors, match conditions), ValidatingAdmissionPolicies (spec, validations, variables, audit annotations) and their bindings.
import type { Rule } from '../../engine/rule.js';
import auditAnnotationInvalid from './audit-annotation-invalid.js';
import bindingInvalid from './binding-invalid.js';
import clientConfigInvalid from './client-config-invalid.js';
import matchConditionInvalid from './match-condition-invalid.js';
import policySpecInvalid from './policy-spec-invalid.js';
import reviewVersionsInvalid from './review-versions-invalid.js';
import ruleInvalid from './rule-invalid.js';
import selectorInvalid from './selector-invalid.js';
import timeoutOutOfRange from './timeout-out-of-range.js';
import validationInvalid from './validation-invalid.js';
import variableInvalid from './variable-invalid.js';
import webhookNameInvalid from './webhook-name-invalid.js';

export const admissionRules: readonly Rule[] = [
  webhookNameInvalid,
  clientConfigInvalid,
  reviewVersionsInvalid,
  timeoutOutOfRange,
  ruleInvalid,
  selectorInvalid,
  matchConditionInvalid,
  policySpecInvalid,
  validationInvalid,
  variableInvalid,
  auditAnnotationInvalid,
  bindingInvalid,
];
