// Rules for PersistentVolumes, PersistentVolumeClaims (and claim templates: a StatefulSet’s, an ephemeral volume’s) and the storage.k8s.io kinds. Shared helpers are in utils/.
import type { Rule } from '../../engine/rule.js';
import allowedTopologiesInvalid from './allowed-topologies-invalid.js';
import claimAccessModesInvalid from './claim-access-modes-invalid.js';
import claimDataSourceInvalid from './claim-data-source-invalid.js';
import claimStorageRequestInvalid from './claim-storage-request-invalid.js';
import classNameInvalid from './class-name-invalid.js';
import csiDriverSpecInvalid from './csi-driver-spec-invalid.js';
import csiNodeDriverInvalid from './csi-node-driver-invalid.js';
import driverNameInvalid from './driver-name-invalid.js';
import migrationResourceInvalid from './migration-resource-invalid.js';
import parametersInvalid from './parameters-invalid.js';
import pvCapacityInvalid from './pv-capacity-invalid.js';
import pvNodeAffinityInvalid from './pv-node-affinity-invalid.js';
import pvSourceCount from './pv-source-count.js';
import pvSourceFieldInvalid from './pv-source-field-invalid.js';
import pvSourceFieldMissing from './pv-source-field-missing.js';
import storageCapacityNegative from './storage-capacity-negative.js';
import volumeAttachmentInvalid from './volume-attachment-invalid.js';

export const storageRules: readonly Rule[] = [
  allowedTopologiesInvalid,
  claimAccessModesInvalid,
  claimDataSourceInvalid,
  claimStorageRequestInvalid,
  classNameInvalid,
  csiDriverSpecInvalid,
  csiNodeDriverInvalid,
  driverNameInvalid,
  migrationResourceInvalid,
  parametersInvalid,
  pvCapacityInvalid,
  pvNodeAffinityInvalid,
  pvSourceCount,
  pvSourceFieldInvalid,
  pvSourceFieldMissing,
  storageCapacityNegative,
  volumeAttachmentInvalid,
];
