// Rules for a pod's volumes and the containers' mounts of them (ValidateVolumes, ValidateVolumeMounts). Shared helpers are in utils/.
import type { Rule } from '../../engine/rule.js';
import downwardApiContainerNameMissing from './downward-api-container-name-missing.js';
import downwardApiFieldPathUnsupported from './downward-api-field-path-unsupported.js';
import downwardApiItemSourceCount from './downward-api-item-source-count.js';
import emptyDirSizeLimitNegative from './empty-dir-size-limit-negative.js';
import ephemeralClaimMetadataForbidden from './ephemeral-claim-metadata-forbidden.js';
import fileModeInvalid from './file-mode-invalid.js';
import hostPathBacksteps from './host-path-backsteps.js';
import itemPathInvalid from './item-path-invalid.js';
import mountPropagationUnprivileged from './mount-propagation-unprivileged.js';
import mountRecursiveReadOnlyInvalid from './mount-recursive-read-only-invalid.js';
import mountSubPathInvalid from './mount-sub-path-invalid.js';
import mountVolumeMissing from './mount-volume-missing.js';
import nameInvalid from './name-invalid.js';
import projectedDuplicatePaths from './projected-duplicate-paths.js';
import sourceCount from './source-count.js';
import tokenExpirationRange from './token-expiration-range.js';
import diskSourceInvalid from './disk-source-invalid.js';
import iscsiInvalid from './iscsi-invalid.js';
import networkSourceInvalid from './network-source-invalid.js';
import deviceInvalid from './device-invalid.js';
import mountPropagationUnsupported from './mount-propagation-unsupported.js';
import projectedSourceInvalid from './projected-source-invalid.js';
import secretRefInvalid from './secret-ref-invalid.js';
import flexOptionsReserved from './flex-options-reserved.js';
import fileKeyRefVolumeInvalid from './file-key-ref-volume-invalid.js';

/** Checks of a pod's volumes and of the containers' mounts of them (ValidateVolumes, ValidateVolumeMounts). */
export const volumeRules: readonly Rule[] = [
  nameInvalid,
  sourceCount,
  itemPathInvalid,
  fileModeInvalid,
  downwardApiFieldPathUnsupported,
  downwardApiItemSourceCount,
  projectedDuplicatePaths,
  hostPathBacksteps,
  emptyDirSizeLimitNegative,
  ephemeralClaimMetadataForbidden,
  tokenExpirationRange,
  mountVolumeMissing,
  mountSubPathInvalid,
  mountPropagationUnprivileged,
  mountRecursiveReadOnlyInvalid,
  iscsiInvalid,
  diskSourceInvalid,
  networkSourceInvalid,
  deviceInvalid,
  mountPropagationUnsupported,
  projectedSourceInvalid,
  downwardApiContainerNameMissing,
  secretRefInvalid,
  flexOptionsReserved,
  fileKeyRefVolumeInvalid,
];
