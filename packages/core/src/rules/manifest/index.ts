// Rules about the manifests as a set: the same object twice.
import type { Rule } from '../../engine/rule.js';
import duplicateObject from './duplicate-object.js';

export const manifestRules: readonly Rule[] = [duplicateObject];
