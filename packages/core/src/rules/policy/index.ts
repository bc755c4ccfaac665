// Rules for PodDisruptionBudgets: minAvailable and maxUnavailable.
import type { Rule } from '../../engine/rule.js';
import budgetAmountInvalid from './budget-amount-invalid.js';
import budgetMinAndMax from './budget-min-and-max.js';

export const policyRules: readonly Rule[] = [budgetMinAndMax, budgetAmountInvalid];
