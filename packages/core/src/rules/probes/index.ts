import type { Rule } from '../../engine/rule.js';

export const probeRules: readonly Rule[] = [];
