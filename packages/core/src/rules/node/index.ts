// Rules for Nodes and RuntimeClasses: taints (and the taint and avoid-pods annotations), pod CIDRs, declared features, runtime handlers, overhead and scheduling.
import type { Rule } from '../../engine/rule.js';
import podCidrInvalid from './pod-cidr-invalid.js';
import runtimeClassInvalid from './runtime-class-invalid.js';
import taintInvalid from './taint-invalid.js';
import avoidPodsAnnotationInvalid from './avoid-pods-annotation-invalid.js';
import declaredFeaturesInvalid from './declared-features-invalid.js';

export const nodeRules: readonly Rule[] = [
  taintInvalid,
  podCidrInvalid,
  runtimeClassInvalid,
  avoidPodsAnnotationInvalid,
  declaredFeaturesInvalid,
];
