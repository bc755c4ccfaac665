// Rules for workload controllers' own specs: selectors that match their templates.
import type { Rule } from '../../engine/rule.js';
import selectorMismatch from './selector-mismatch.js';

export const workloadRules: readonly Rule[] = [selectorMismatch];
