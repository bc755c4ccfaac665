// Rules for ResourceQuotas and LimitRanges: resource names, hard limits, scopes, and the order of limit-range bounds.
import type { Rule } from '../../engine/rule.js';
import hardLimitInvalid from './hard-limit-invalid.js';
import limitRangeBounds from './limit-range-bounds.js';
import resourceNameInvalid from './resource-name-invalid.js';
import scopeInvalid from './scope-invalid.js';

export const quotaRules: readonly Rule[] = [resourceNameInvalid, hardLimitInvalid, scopeInvalid, limitRangeBounds];
