// Rules for PersistentVolumeClaims and StatefulSet claim templates: access modes and storage requests. Shared helpers are in utils/.
import type { Rule } from '../../engine/rule.js';
import claimAccessModesInvalid from './claim-access-modes-invalid.js';
import claimStorageRequestInvalid from './claim-storage-request-invalid.js';

export const storageRules: readonly Rule[] = [claimAccessModesInvalid, claimStorageRequestInvalid];
