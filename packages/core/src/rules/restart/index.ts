import type { Rule } from '../../engine/rule.js';
import workloadPolicy from './workload-policy.js';

export const restartRules: readonly Rule[] = [workloadPolicy];
