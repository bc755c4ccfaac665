import { compareVersions, type KubernetesVersion } from '../../../release/versions.js';

/** Before 1.32 (RelaxedEnvironmentVariableValidation off) names had to look like C identifiers, dots and dashes allowed. */
const STRICT_NAME = /^[-._a-zA-Z][-._a-zA-Z0-9]*$/;
const RELAXED_FROM: KubernetesVersion = '1.32';

/** validation.hasChDirPrefix: names that would move out of a directory when used as a file name. */
export function chDirPrefixErrors(value: string): string[] {
  if (value === '.' || value === '..') return [`it must not be '${value}'`];
  return value.startsWith('..') ? ["it must not start with '..'"] : [];
}

/** IsEnvVarName or, from 1.32, IsRelaxedEnvVarName: what is wrong with an environment variable name (or envFrom prefix). */
export function envVarNameErrors(value: string, version: KubernetesVersion): string[] {
  if (compareVersions(version, RELAXED_FROM) >= 0) {
    // Printable ASCII except '=': the relaxed rule of 1.32 and later.
    return /^[\x20-\x3c\x3e-\x7e]*$/.test(value)
      ? []
      : ['it may contain only printable ASCII characters other than "="'];
  }
  const errors = STRICT_NAME.test(value)
    ? []
    : ['before Kubernetes 1.32 it must consist of letters, digits, "_", "-" and ".", and must not start with a digit'];
  return [...errors, ...chDirPrefixErrors(value)];
}
