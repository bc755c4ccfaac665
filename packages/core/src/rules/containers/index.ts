// Rules for each container's own fields (validateContainerCommon): names, names shared across container lists, resize policies.
import type { Rule } from '../../engine/rule.js';
import imageWhitespace from './image-whitespace.js';
import nameDuplicateAcrossLists from './name-duplicate-across-lists.js';
import nameInvalid from './name-invalid.js';
import resizePolicyInvalid from './resize-policy-invalid.js';

/** Checks of each container's own fields (validateContainerCommon and the per-list validators). */
export const containerRules: readonly Rule[] = [
  nameInvalid,
  nameDuplicateAcrossLists,
  resizePolicyInvalid,
  imageWhitespace,
];
