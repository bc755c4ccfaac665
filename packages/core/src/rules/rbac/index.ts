// Rules for Roles, ClusterRoles and their bindings: subjects, role references, non-resource URLs, incomplete resource rules, aggregation.
import type { Rule } from '../../engine/rule.js';
import aggregationRuleEmpty from './aggregation-rule-empty.js';
import nonResourceUrlsMisplaced from './non-resource-urls-misplaced.js';
import resourceRuleIncomplete from './resource-rule-incomplete.js';
import roleRefInvalid from './role-ref-invalid.js';
import subjectInvalid from './subject-invalid.js';
import subjectNamespaceRequired from './subject-namespace-required.js';

export const rbacRules: readonly Rule[] = [
  subjectNamespaceRequired,
  nonResourceUrlsMisplaced,
  resourceRuleIncomplete,
  roleRefInvalid,
  subjectInvalid,
  aggregationRuleEmpty,
];
