/**
 * The one way the immutable-field rules compare an old and a new version of an object.
 *
 * The API server validates the object that results from applying the new manifest, not the
 * manifest itself. So the comparison is made between the old object and that result:
 *
 * - a field the new manifest does not mention keeps the old value (`kubectl apply` leaves it);
 * - a field the new manifest drops is removed only when the user set it before: it is in the
 *   last-applied configuration of a live object, or the old side is itself a plain manifest;
 * - lists with a strategic-merge key (containers and volumes by name, ports by number, ...) are
 *   merged entry by entry; other lists (tolerations, args, volumeClaimTemplates) are replaced;
 * - the old object is what the server stored, defaults filled in: a default stays as long as the
 *   manifests never mention the field, and is filled in afresh when a removal drops the field;
 * - the result is what validation sees after the REST storage and the strategy prepared it
 *   (`server-changes.ts`: allocated Service values kept, fields of a Service's old type cleared,
 *   a CertificateSigningRequest's stored spec and status kept).
 */
import type { UpdatePair } from '../model/resource.js';
import { formatPath, type FieldPath } from '../model/path.js';
import { asObject, asString, isObject, preview, type PlainObject } from '../model/values.js';
import { withServerDefaults } from './server-defaults.js';
import { admitOnCreate, prepareForUpdate } from './server-changes.js';
import { applyOnto } from './apply-merge.js';
import { differences, isUnset, sameValue, type Difference } from './semantic-equality.js';

// The rules compare through this module alone; the pieces live in apply-merge.ts and semantic-equality.ts.
export { differences, isUnset, sameValue, type Difference };

const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';

/** Both sides of an update as the API server sees them. */
export interface UpdateView {
  readonly pair: UpdatePair;
  /** The old side came from the cluster (`kubectl get -o yaml`), not from a manifest. */
  readonly live: boolean;
  /** The old object with server defaults filled in (status kept: some rules depend on it). */
  readonly old: PlainObject;
  /** What the API server validates: the new manifest applied onto the old object, with defaults. */
  readonly next: PlainObject;
}

/**
 * Builds the view of one update. Rules get it through `context.updateView(pair)`, which builds it
 * once per pair and run however many immutable rules ask.
 */
export function buildUpdateView(pair: UpdatePair): UpdateView {
  const live = isLiveObject(pair.old.object);
  // The stored object: a live one as read, one created from a manifest with the server's defaults
  // and what admission sets on create.
  const stored = withServerDefaults(pair.old.kind, pair.old.object);
  // A custom resource may be called Pod too.
  const core = pair.old.group === '' && pair.new.group === '';
  if (!live && core) admitOnCreate(pair.old.kind, stored);
  const applied = live ? lastAppliedOf(pair.old.object) : pair.old.object;
  const merged = asObject(applyOnto(stored, pair.new.object, applied, undefined)) ?? {};
  const next = withServerDefaults(pair.new.kind, merged);
  if (pair.old.group === pair.new.group) prepareForUpdate(pair.new.group, pair.new.kind, next, stored);
  return { pair, live, old: stored, next };
}

/** An object read back from the API server carries fields only the server writes. */
export function isLiveObject(object: PlainObject): boolean {
  const metadata = asObject(object.metadata);
  if (!metadata) return false;
  const written = (value: unknown): boolean => (typeof value === 'string' && value !== '') || typeof value === 'number';
  return (
    written(metadata.resourceVersion) ||
    written(metadata.uid) ||
    written(metadata.creationTimestamp) ||
    Array.isArray(metadata.managedFields) ||
    asString(asObject(metadata.annotations)?.[LAST_APPLIED]) !== undefined
  );
}

/** The manifest `kubectl apply` recorded on a live object, if any. */
export function lastAppliedOf(object: PlainObject): PlainObject | undefined {
  const text = asString(asObject(asObject(object.metadata)?.annotations)?.[LAST_APPLIED]);
  if (text === undefined) return undefined;
  try {
    return asObject(JSON.parse(text));
  } catch {
    return undefined;
  }
}

/** `spec.serviceName: "db" → "db-headless"`, for messages. */
export function describeDifference(difference: Difference): string {
  return `${formatPath(difference.path)}: ${preview(difference.old, 40)} → ${preview(difference.new, 40)}`;
}

/** `"db" → "db-headless"`, for messages. */
export function change(old: unknown, next: unknown): string {
  return `${preview(old, 40)} → ${preview(next, 40)}`;
}

export function valueAtPath(root: unknown, path: FieldPath): unknown {
  let current = root;
  for (const segment of path) {
    if (typeof segment === 'number') current = Array.isArray(current) ? current[segment] : undefined;
    else current = isObject(current) ? current[segment] : undefined;
  }
  return current;
}

/** The old and new value at a path and whether they differ semantically. */
export function compareAt(view: UpdateView, path: FieldPath): Difference | undefined {
  const old = valueAtPath(view.old, path);
  const next = valueAtPath(view.next, path);
  return sameValue(old, next, path)
    ? undefined
    : { path, old: isUnset(old, path) ? undefined : old, new: isUnset(next, path) ? undefined : next };
}

/** Rules report at most this many differences of one object; the rest are summarised in the last. */
export const MAX_REPORTED_DIFFERENCES = 8;

/** Caps a list of differences, and says how many were left out. */
export function capped(list: readonly Difference[]): { shown: Difference[]; omitted: number } {
  if (list.length <= MAX_REPORTED_DIFFERENCES) return { shown: [...list], omitted: 0 };
  return { shown: list.slice(0, MAX_REPORTED_DIFFERENCES), omitted: list.length - MAX_REPORTED_DIFFERENCES };
}
