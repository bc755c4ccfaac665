import type { Rule } from '../../engine/rule.js';
import replicaBoundsInvalid from './replica-bounds-invalid.js';
import scalingPolicyInvalid from './scaling-policy-invalid.js';

export const autoscalingRules: readonly Rule[] = [replicaBoundsInvalid, scalingPolicyInvalid];
