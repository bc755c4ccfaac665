import { chDirPrefixErrors } from './env-var-names.js';

const CONFIG_KEY = /^[-._a-zA-Z0-9]+$/;

/** validation.IsConfigMapKey: the keys of ConfigMaps and Secrets, which become file names in volumes. */
export function configKeyErrors(key: string): string[] {
  const errors: string[] = [];
  if (key.length > 253) errors.push(`it is ${key.length} characters long; the limit is 253`);
  if (!CONFIG_KEY.test(key)) errors.push('it must consist of letters, digits, "-", "_" or "."');
  return [...errors, ...chDirPrefixErrors(key)];
}
