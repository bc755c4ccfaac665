// Types for the generated standalone validator (see scripts/compile-config-schema.mjs).
import type { ErrorObject } from 'ajv';

interface ConfigValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

declare const validate: ConfigValidator;
export default validate;
