// Rules for Roles, ClusterRoles and their bindings: subjects, non-resource URLs, incomplete resource rules.
import type { Rule } from '../../engine/rule.js';
import nonResourceUrlsMisplaced from './non-resource-urls-misplaced.js';
import resourceRuleIncomplete from './resource-rule-incomplete.js';
import subjectNamespaceRequired from './subject-namespace-required.js';

export const rbacRules: readonly Rule[] = [subjectNamespaceRequired, nonResourceUrlsMisplaced, resourceRuleIncomplete];
