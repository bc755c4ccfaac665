import type { PlainObject } from '../../model/values.js';

/**
 * ValidateTemplateObjectMeta (a pod's ephemeral volume claim template, a ResourceClaimTemplate's
 * spec.metadata) allows only labels and annotations: validateFieldAllowList refuses every other
 * ObjectMeta field whose decoded Go value differs from its zero value. Each field's test of "set",
 * by its JSON name: an empty string, a zero generation, null are unset; an empty list decodes to a
 * non-nil slice and is set (the oracle refuses `finalizers: []`); a pointer (the grace period) is
 * set at 0. A timestamp is set unless null (the oracle refuses even the zero time, written out).
 */
const IS_SET: Readonly<Record<string, (value: unknown) => boolean>> = {
  name: nonEmptyString,
  generateName: nonEmptyString,
  namespace: nonEmptyString,
  selfLink: nonEmptyString,
  uid: nonEmptyString,
  resourceVersion: nonEmptyString,
  generation: (value) => typeof value === 'number' && value !== 0,
  creationTimestamp: nonEmptyString,
  deletionTimestamp: nonEmptyString,
  deletionGracePeriodSeconds: (value) => typeof value === 'number',
  ownerReferences: Array.isArray,
  finalizers: Array.isArray,
  managedFields: Array.isArray,
};

/** The API server names a field by its Go name with the first letter lower-cased: `uid` is `uID`. */
const API_NAMES: Readonly<Record<string, string>> = { uid: 'uID' };

export interface ForbiddenTemplateField {
  /** The field's JSON name, as written in the manifest. */
  readonly field: string;
  /** The name the API server gives the field in its path. */
  readonly apiField: string;
}

/** The fields of a template's metadata that the API server refuses, in the order written. */
export function forbiddenTemplateMetadata(metadata: PlainObject): ForbiddenTemplateField[] {
  return Object.keys(metadata)
    .filter((field) => Object.hasOwn(IS_SET, field) && IS_SET[field]?.(metadata[field]))
    .map((field) => ({ field, apiField: API_NAMES[field] ?? field }));
}

function nonEmptyString(value: unknown): boolean {
  return typeof value === 'string' && value !== '';
}
