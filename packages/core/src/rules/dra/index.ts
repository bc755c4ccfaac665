// Rules for dynamic resource allocation (resource.k8s.io): DeviceClasses, ResourceClaims and their templates (requests, constraints, config), and ResourceSlices (driver, pool, node selection, devices).
import type { Rule } from '../../engine/rule.js';
import claimConfigInvalid from './claim-config-invalid.js';
import deviceClassInvalid from './device-class-invalid.js';
import deviceInvalid from './device-invalid.js';
import requestInvalid from './request-invalid.js';
import sliceInvalid from './slice-invalid.js';
import templateMetadataForbidden from './template-metadata-forbidden.js';

export const draRules: readonly Rule[] = [
  deviceClassInvalid,
  requestInvalid,
  claimConfigInvalid,
  templateMetadataForbidden,
  sliceInvalid,
  deviceInvalid,
];
