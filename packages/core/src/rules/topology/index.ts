import type { Rule } from '../../engine/rule.js';

export const topologyRules: readonly Rule[] = [];
