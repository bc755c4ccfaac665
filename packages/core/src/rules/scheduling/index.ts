// Rules for where a pod may run (tolerations, node affinity) and for the PriorityClasses that rank pods. Shared helpers are in utils/.
import type { Rule } from '../../engine/rule.js';
import nodeAffinityWeightRange from './node-affinity-weight-range.js';
import nodeSelectorKeyInvalid from './node-selector-key-invalid.js';
import nodeSelectorValueInvalid from './node-selector-value-invalid.js';
import nodeSelectorValuesMismatch from './node-selector-values-mismatch.js';
import priorityClassValueInvalid from './priority-class-value-invalid.js';
import tolerationEmptyKeyNeedsExists from './toleration-empty-key-needs-exists.js';
import tolerationKeyInvalid from './toleration-key-invalid.js';
import tolerationSecondsNeedsNoExecute from './toleration-seconds-needs-no-execute.js';
import tolerationValueInvalid from './toleration-value-invalid.js';

/**
 * Checks of where a pod may run — tolerations (ValidateTolerations), node affinity
 * (validateNodeAffinity) — and of the PriorityClasses that rank pods.
 */
export const schedulingRules: readonly Rule[] = [
  tolerationKeyInvalid,
  tolerationEmptyKeyNeedsExists,
  tolerationSecondsNeedsNoExecute,
  tolerationValueInvalid,
  nodeSelectorValuesMismatch,
  nodeSelectorKeyInvalid,
  nodeSelectorValueInvalid,
  nodeAffinityWeightRange,
  priorityClassValueInvalid,
];
