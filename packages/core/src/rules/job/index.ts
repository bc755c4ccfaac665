import type { Rule } from '../../engine/rule.js';
import negativeValue from './negative-value.js';

export const jobRules: readonly Rule[] = [negativeValue];
