// Rules for ConfigMaps and Secrets: key syntax, duplicate keys across data and binaryData, the keys a Secret type requires, the size of their data. Shared helpers are in utils/.
import type { Rule } from '../../engine/rule.js';
import keyDuplicate from './key-duplicate.js';
import keyInvalid from './key-invalid.js';
import secretTypeKeys from './secret-type-keys.js';
import dataTooLarge from './data-too-large.js';

export const configRules: readonly Rule[] = [keyInvalid, keyDuplicate, secretTypeKeys, dataTooLarge];
