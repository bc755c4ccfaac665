// Rules for Services (validateService): ports and their names, node ports, source ranges, ExternalName. Shared helpers are in utils/.
import type { Rule } from '../../engine/rule.js';
import externalNameInvalid from './external-name-invalid.js';
import nodePortForbidden from './node-port-forbidden.js';
import portDuplicate from './port-duplicate.js';
import portNameDuplicate from './port-name-duplicate.js';
import portNameRequired from './port-name-required.js';
import portsRequired from './ports-required.js';
import sourceRangeInvalid from './source-range-invalid.js';

export const serviceRules: readonly Rule[] = [
  portsRequired,
  portNameRequired,
  portNameDuplicate,
  nodePortForbidden,
  sourceRangeInvalid,
  portDuplicate,
  externalNameInvalid,
];
