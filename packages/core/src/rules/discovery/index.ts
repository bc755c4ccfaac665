// Rules for endpoints: core Endpoints (validateEndpoints) and discovery.k8s.io EndpointSlices (pkg/apis/discovery/validation): addresses, names, ports, limits. Shared helpers are in utils/.
import type { Rule } from '../../engine/rule.js';
import addressInvalid from './address-invalid.js';
import addressTypeRequired from './address-type-required.js';
import addressesRequired from './addresses-required.js';
import endpointNameInvalid from './endpoint-name-invalid.js';
import portInvalid from './port-invalid.js';
import sliceTooMany from './slice-too-many.js';

export const discoveryRules: readonly Rule[] = [
  addressInvalid,
  addressTypeRequired,
  addressesRequired,
  endpointNameInvalid,
  portInvalid,
  sliceTooMany,
];
