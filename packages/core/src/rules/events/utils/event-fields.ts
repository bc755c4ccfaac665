import type { Resource } from '../../../model/resource.js';

/** An Event of events.k8s.io/v1 (strictly validated) rather than the legacy core v1 Event. */
export function isEventsApiEvent(resource: Resource): boolean {
  return resource.group === 'events.k8s.io' && resource.kind === 'Event';
}

export function isEvent(resource: Resource): boolean {
  return resource.kind === 'Event' && (resource.group === '' || resource.group === 'events.k8s.io');
}

/**
 * The internal Event's fields as each API version writes them: events.k8s.io/v1 renames
 * involvedObject to regarding, message to note, and prefixes the legacy fields with `deprecated`.
 */
const EVENTS_API_NAMES: Readonly<Record<string, string>> = {
  involvedObject: 'regarding',
  message: 'note',
  count: 'deprecatedCount',
  source: 'deprecatedSource',
  firstTimestamp: 'deprecatedFirstTimestamp',
  lastTimestamp: 'deprecatedLastTimestamp',
};

export function writtenField(resource: Resource, internal: string): string {
  return isEventsApiEvent(resource) ? (EVENTS_API_NAMES[internal] ?? internal) : internal;
}

/** Times compare at microsecond precision (MicroTime), whatever the written form. */
function normalizeTime(value: string): string | undefined {
  const match = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?:\.(\d+))?(Z|[+-]\d\d:\d\d)$/.exec(value);
  if (!match) return undefined;
  const [, base = '', fraction = '', zone = ''] = match;
  const seconds = Date.parse(`${base}${zone}`);
  return Number.isNaN(seconds) ? undefined : `${seconds}.${fraction.padEnd(6, '0').slice(0, 6)}`;
}

/** Drops what the Go decoder leaves at its zero value, so `{}` and an absent struct compare equal. */
function withoutZeroValues(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutZeroValues);
  if (!value || typeof value !== 'object') return value === '' || value === null ? undefined : value;
  const entries = Object.entries(value as Record<string, unknown>)
    .map(([key, item]) => [key, withoutZeroValues(item)] as const)
    .filter(([, item]) => item !== undefined)
    .sort(([a], [b]) => a.localeCompare(b));
  return entries.length === 0 ? undefined : Object.fromEntries(entries);
}

/** A field's value as ValidateEventUpdate compares it: zero values dropped, times at microsecond precision. */
export function canonical(field: string, value: unknown): string {
  if (field === 'deprecatedCount' && value === 0) return '';
  // related and series are pointers: an empty one is set, unlike an absent one.
  if ((field === 'related' || field === 'series') && value !== null && typeof value === 'object')
    return `set ${JSON.stringify(withoutZeroValues(value) ?? {})}`;
  if (typeof value === 'string' && /Time|Timestamp/.test(field)) return normalizeTime(value) ?? value;
  return JSON.stringify(withoutZeroValues(value)) ?? '';
}
