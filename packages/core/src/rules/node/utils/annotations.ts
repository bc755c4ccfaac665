import type { Resource } from '../../../model/resource.js';
import { asObject, isObject, type PlainObject } from '../../../model/values.js';

/** Node annotations the API server decodes as JSON and validates (ValidateNodeSpecificAnnotations). */
export const TAINTS_ANNOTATION = 'scheduler.alpha.kubernetes.io/taints';
export const AVOID_PODS_ANNOTATION = 'scheduler.alpha.kubernetes.io/preferAvoidPods';

/** The annotation's text when it is set and not empty: the API server checks only those. */
export function nodeAnnotation(resource: Resource, key: string): string | undefined {
  const value = asObject(asObject(resource.object.metadata)?.annotations)?.[key];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** JSON.parse, with the parser's complaint instead of an exception. */
export function parseJson(text: string): { value: unknown } | { error: string } {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

/** A field as encoding/json finds it: the exact key, else the first key equal to it ignoring case. */
export function jsonField(object: PlainObject, name: string): unknown {
  if (Object.hasOwn(object, name)) return object[name];
  const lower = name.toLowerCase();
  const key = Object.keys(object).find((candidate) => candidate.toLowerCase() === lower);
  return key === undefined ? undefined : object[key];
}

/**
 * A string field as encoding/json decodes it into a Go string: `''` when absent or null, undefined
 * when it holds another type (a decoding error).
 */
export function jsonString(object: PlainObject, name: string): string | undefined {
  const value = jsonField(object, name);
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? value : undefined;
}

/** A list entry as encoding/json decodes it into a struct: null is the zero struct, a non-object an error. */
export function jsonStruct(value: unknown): PlainObject | undefined {
  if (value === null) return {};
  return isObject(value) ? value : undefined;
}
