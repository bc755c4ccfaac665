import type { Rule } from '../../engine/rule.js';
import requestNotEqualLimit from './request-not-equal-limit.js';
import requestsAboveLimits from './requests-above-limits.js';

/** Checks of containers' resource requests and limits (validateResourceRequirements). */
export const resourceRules: readonly Rule[] = [requestsAboveLimits, requestNotEqualLimit];
