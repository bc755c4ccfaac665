import type { Rule } from '../../engine/rule.js';
import fieldPathUnsupported from './field-path-unsupported.js';
import valueAndValueFrom from './value-and-value-from.js';
import valueFromSourceCount from './value-from-source-count.js';

/** Checks of containers' environment variables (ValidateEnv, validateEnvVarValueFrom and what they call). */
export const envRules: readonly Rule[] = [valueAndValueFrom, valueFromSourceCount, fieldPathUnsupported];
