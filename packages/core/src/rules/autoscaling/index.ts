// Rules for HorizontalPodAutoscalers: replica bounds and scaling policies, as ValidateHorizontalPodAutoscaler checks them.
import type { Rule } from '../../engine/rule.js';
import replicaBoundsInvalid from './replica-bounds-invalid.js';
import scalingPolicyInvalid from './scaling-policy-invalid.js';

export const autoscalingRules: readonly Rule[] = [replicaBoundsInvalid, scalingPolicyInvalid];
