import type { Rule } from '../../engine/rule.js';
import tolerationEmptyKeyNeedsExists from './toleration-empty-key-needs-exists.js';
import tolerationKeyInvalid from './toleration-key-invalid.js';
import tolerationSecondsNeedsNoExecute from './toleration-seconds-needs-no-execute.js';
import tolerationValueInvalid from './toleration-value-invalid.js';

/** Checks of where a pod may run: tolerations (ValidateTolerations). */
export const schedulingRules: readonly Rule[] = [tolerationKeyInvalid, tolerationEmptyKeyNeedsExists, tolerationSecondsNeedsNoExecute, tolerationValueInvalid];
