import type { Resource } from './resource.js';
import { asObject, type PlainObject } from './values.js';

/**
 * Whether a resource is one of the built-in kinds a check belongs to. Matching the group as well
 * as the kind keeps a custom resource that happens to be called `Service` or `Role` out of it.
 */
export function isBuiltin(resource: Resource, group: string, kinds: readonly string[]): boolean {
  return resource.group === group && kinds.includes(resource.kind);
}

/** `spec` as an object, or undefined when it is absent or of the wrong shape (another rule's business). */
export function specOf(resource: Resource): PlainObject | undefined {
  return asObject(resource.object.spec);
}

/** An integer as the Go decoder reads it into an int32/int64 field; anything else is another rule's business. */
export function asInteger(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) ? value : undefined;
}
