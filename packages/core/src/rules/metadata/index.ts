// Rules for every object's metadata beyond names and labels: finalizers, owner references, annotation size.
import type { Rule } from '../../engine/rule.js';
import annotationsTooLarge from './annotations-too-large.js';
import deletionGracePeriodChanged from './deletion-grace-period-changed.js';
import deletionTimestampChanged from './deletion-timestamp-changed.js';
import finalizerInvalid from './finalizer-invalid.js';
import generateNameInvalid from './generate-name-invalid.js';
import generationNegative from './generation-negative.js';
import managedFieldsInvalid from './managed-fields-invalid.js';
import labelSelectorInvalid from './label-selector-invalid.js';
import ownerReferenceInvalid from './owner-reference-invalid.js';

export const metadataRules: readonly Rule[] = [
  finalizerInvalid,
  ownerReferenceInvalid,
  annotationsTooLarge,
  generateNameInvalid,
  generationNegative,
  deletionGracePeriodChanged,
  labelSelectorInvalid,
  managedFieldsInvalid,
  deletionTimestampChanged,
];
