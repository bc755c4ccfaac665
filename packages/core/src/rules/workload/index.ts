import type { Rule } from '../../engine/rule.js';
import negativeValue from './negative-value.js';
import recreateWithRollingUpdate from './recreate-with-rolling-update.js';
import rollingUpdateStalled from './rolling-update-stalled.js';
import selectorEmpty from './selector-empty.js';
import selectorMismatch from './selector-mismatch.js';

export const workloadRules: readonly Rule[] = [selectorMismatch, recreateWithRollingUpdate, rollingUpdateStalled, negativeValue, selectorEmpty];
