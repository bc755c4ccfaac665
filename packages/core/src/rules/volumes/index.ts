import type { Rule } from '../../engine/rule.js';
import mountVolumeMissing from './mount-volume-missing.js';
import nameInvalid from './name-invalid.js';
import sourceCount from './source-count.js';

/** Checks of a pod's volumes and of the containers' mounts of them (ValidateVolumes, ValidateVolumeMounts). */
export const volumeRules: readonly Rule[] = [nameInvalid, sourceCount, mountVolumeMissing];
