// Rules for workload controllers' own specs: selectors that match their templates, strategies, counts, StatefulSet settings.
import type { Rule } from '../../engine/rule.js';
import controllerRevisionInvalid from './controller-revision-invalid.js';
import daemonsetSurgeAndUnavailable from './daemonset-surge-and-unavailable.js';
import negativeValue from './negative-value.js';
import progressDeadlineTooShort from './progress-deadline-too-short.js';
import recreateWithRollingUpdate from './recreate-with-rolling-update.js';
import rollingUpdateAmountInvalid from './rolling-update-amount-invalid.js';
import rollingUpdateStalled from './rolling-update-stalled.js';
import selectorEmpty from './selector-empty.js';
import selectorMismatch from './selector-mismatch.js';
import statefulsetRollingUpdateWithOnDelete from './statefulset-rolling-update-with-on-delete.js';
import rcSelectorMismatch from './rc-selector-mismatch.js';
import statefulsetSpecInvalid from './statefulset-spec-invalid.js';
import claimTemplateNameInvalid from './claim-template-name-invalid.js';

export const workloadRules: readonly Rule[] = [
  selectorMismatch,
  recreateWithRollingUpdate,
  rollingUpdateStalled,
  negativeValue,
  selectorEmpty,
  rollingUpdateAmountInvalid,
  daemonsetSurgeAndUnavailable,
  statefulsetRollingUpdateWithOnDelete,
  progressDeadlineTooShort,
  rcSelectorMismatch,
  statefulsetSpecInvalid,
  controllerRevisionInvalid,
  claimTemplateNameInvalid,
];
