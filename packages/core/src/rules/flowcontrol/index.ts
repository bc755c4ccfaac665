// Rules for API Priority and Fairness: FlowSchemas (precedence, priority level, subjects, rules) and PriorityLevelConfigurations (type, concurrency, limit response).
import type { Rule } from '../../engine/rule.js';
import concurrencyInvalid from './concurrency-invalid.js';
import distinguisherUnsupported from './distinguisher-unsupported.js';
import limitResponseInvalid from './limit-response-invalid.js';
import matchingPrecedenceInvalid from './matching-precedence-invalid.js';
import policyRuleInvalid from './policy-rule-invalid.js';
import preserveZeroAnnotationForbidden from './preserve-zero-annotation-forbidden.js';
import priorityLevelReferenceInvalid from './priority-level-reference-invalid.js';
import priorityLevelTypeInvalid from './priority-level-type-invalid.js';
import subjectInvalid from './subject-invalid.js';

export const flowControlRules: readonly Rule[] = [
  matchingPrecedenceInvalid,
  priorityLevelReferenceInvalid,
  distinguisherUnsupported,
  subjectInvalid,
  policyRuleInvalid,
  priorityLevelTypeInvalid,
  concurrencyInvalid,
  limitResponseInvalid,
  preserveZeroAnnotationForbidden,
];
