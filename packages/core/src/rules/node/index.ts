// Rules for Nodes and RuntimeClasses: taints, pod CIDRs, runtime handlers, overhead and scheduling.
import type { Rule } from '../../engine/rule.js';
import podCidrInvalid from './pod-cidr-invalid.js';
import runtimeClassInvalid from './runtime-class-invalid.js';
import taintInvalid from './taint-invalid.js';

export const nodeRules: readonly Rule[] = [taintInvalid, podCidrInvalid, runtimeClassInvalid];
