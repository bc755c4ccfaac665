import type { Rule } from '../../engine/rule.js';
import annotationsTooLarge from './annotations-too-large.js';
import finalizerInvalid from './finalizer-invalid.js';
import ownerReferenceInvalid from './owner-reference-invalid.js';

export const metadataRules: readonly Rule[] = [finalizerInvalid, ownerReferenceInvalid, annotationsTooLarge];
