// Rules for containers' environment: names, value or valueFrom, downward-API field paths, key and resource references. Shared helpers are in utils/.
import type { Rule } from '../../engine/rule.js';
import envFromSourceCount from './env-from-source-count.js';
import fileKeyRefInvalid from './file-key-ref-invalid.js';
import fieldPathUnsupported from './field-path-unsupported.js';
import keyRefInvalid from './key-ref-invalid.js';
import nameInvalid from './name-invalid.js';
import resourceFieldUnsupported from './resource-field-unsupported.js';
import valueAndValueFrom from './value-and-value-from.js';
import valueFromSourceCount from './value-from-source-count.js';
import envFromNameInvalid from './env-from-name-invalid.js';

/** Checks of containers' environment variables (ValidateEnv, ValidateEnvFrom and what they call). */
export const envRules: readonly Rule[] = [
  nameInvalid,
  valueAndValueFrom,
  valueFromSourceCount,
  fieldPathUnsupported,
  resourceFieldUnsupported,
  keyRefInvalid,
  envFromSourceCount,
  envFromNameInvalid,
  fileKeyRefInvalid,
];
