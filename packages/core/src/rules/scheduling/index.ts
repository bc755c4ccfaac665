import type { Rule } from '../../engine/rule.js';
import priorityClassValueInvalid from './priority-class-value-invalid.js';

export const schedulingRules: readonly Rule[] = [priorityClassValueInvalid];
