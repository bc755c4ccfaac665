// Rules for HorizontalPodAutoscalers: replica bounds, scaling policies, metrics and the scale target, as ValidateHorizontalPodAutoscaler checks them.
import type { Rule } from '../../engine/rule.js';
import metricInvalid from './metric-invalid.js';
import replicaBoundsInvalid from './replica-bounds-invalid.js';
import scalingPolicyInvalid from './scaling-policy-invalid.js';
import targetRefInvalid from './target-ref-invalid.js';

export const autoscalingRules: readonly Rule[] = [
  replicaBoundsInvalid,
  scalingPolicyInvalid,
  metricInvalid,
  targetRefInvalid,
];
