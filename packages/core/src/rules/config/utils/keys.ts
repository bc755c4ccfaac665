import type { FieldPath } from '../../../model/path.js';
import type { Resource } from '../../../model/resource.js';
import { asObject } from '../../../model/values.js';

export interface DataKey {
  readonly key: string;
  /** Where the key is written. */
  readonly path: FieldPath;
  /** Where the API server reports it: a Secret's stringData is merged into data before validation. */
  readonly reportedAs: FieldPath;
}

/** The data keys of a ConfigMap (`data`, `binaryData`) or a Secret (`data`, `stringData`). */
export function dataKeys(resource: Resource): DataKey[] {
  if (resource.group !== '') return [];
  const bags =
    resource.kind === 'ConfigMap' ? ['data', 'binaryData'] : resource.kind === 'Secret' ? ['data', 'stringData'] : [];
  return bags.flatMap((bag) =>
    Object.keys(asObject(resource.object[bag]) ?? {}).map((key) => ({
      key,
      path: [bag, key],
      reportedAs: [bag === 'stringData' ? 'data' : bag, key],
    })),
  );
}

const CONFIG_MAP_KEY = /^[-._a-zA-Z0-9]+$/;

/** IsConfigMapKey: at most 253 characters of letters, digits, `-`, `_`, `.`, and not `.`, `..` or `..`-prefixed. */
export function configKeyProblem(key: string): string | undefined {
  if (key.length > 253) return `it is ${key.length} characters long; the limit is 253`;
  if (!CONFIG_MAP_KEY.test(key))
    return 'a key may contain only letters, digits, "-", "_" and "." (it becomes a file name when the object is mounted as a volume)';
  if (key === '.' || key === '..') return `it may not be "${key}"`;
  if (key.startsWith('..')) return 'it may not start with ".."';
  return undefined;
}
