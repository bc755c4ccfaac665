// Rules for containers' resource requests and limits (validateResourceRequirements): names, quantities, requests above limits. Shared helpers are in utils/.
import type { Rule } from '../../engine/rule.js';
import claimDuplicate from './claim-duplicate.js';
import claimNotFound from './claim-not-found.js';
import hugepagesWithoutCpuMemory from './hugepages-without-cpu-memory.js';
import nameInvalid from './name-invalid.js';
import podLevelBelowContainers from './pod-level-below-containers.js';
import podLevelInvalid from './pod-level-invalid.js';
import quantityInvalid from './quantity-invalid.js';
import requestNotEqualLimit from './request-not-equal-limit.js';
import requestsAboveLimits from './requests-above-limits.js';

/** Checks of containers' resource requests and limits (validateResourceRequirements). */
export const resourceRules: readonly Rule[] = [
  nameInvalid,
  quantityInvalid,
  requestsAboveLimits,
  requestNotEqualLimit,
  hugepagesWithoutCpuMemory,
  claimNotFound,
  claimDuplicate,
  podLevelInvalid,
  podLevelBelowContainers,
];
