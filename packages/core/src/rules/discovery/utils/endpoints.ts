import { isBuiltin } from '../../../model/builtin.js';
import type { FieldPath } from '../../../model/path.js';
import type { Resource } from '../../../model/resource.js';
import { asArray, isObject, type PlainObject } from '../../../model/values.js';
import { dns1123LabelErrors, dns1123SubdomainErrors } from '../../../schema/names.js';

/** Where an object lists its endpoints' addresses and ports: a core Endpoints or a discovery EndpointSlice. */
export type EndpointsKind = 'Endpoints' | 'EndpointSlice';

export function endpointsKindOf(resource: Resource): EndpointsKind | undefined {
  if (isBuiltin(resource, '', ['Endpoints'])) return 'Endpoints';
  if (isBuiltin(resource, 'discovery.k8s.io', ['EndpointSlice'])) return 'EndpointSlice';
  return undefined;
}

/** Entries of a list that are objects, with their paths. */
export function entriesAt(list: unknown, path: FieldPath): Array<{ entry: PlainObject; path: FieldPath }> {
  return asArray(list).flatMap((entry, index) => (isObject(entry) ? [{ entry, path: [...path, index] }] : []));
}

/** The subsets of an Endpoints object. */
export function subsetsOf(resource: Resource): Array<{ entry: PlainObject; path: FieldPath }> {
  return entriesAt(resource.object.subsets, ['subsets']);
}

/** Every address of an Endpoints object, ready and not ready. */
export function endpointsAddresses(resource: Resource): Array<{ entry: PlainObject; path: FieldPath }> {
  return subsetsOf(resource).flatMap(({ entry, path }) => [
    ...entriesAt(entry.addresses, [...path, 'addresses']),
    ...entriesAt(entry.notReadyAddresses, [...path, 'notReadyAddresses']),
  ]);
}

/** The endpoints of an EndpointSlice. */
export function sliceEndpoints(resource: Resource): Array<{ entry: PlainObject; path: FieldPath }> {
  return entriesAt(resource.object.endpoints, ['endpoints']);
}

/**
 * IsFullyQualifiedDomainName (apimachinery): a DNS subdomain of at least two labels, a trailing
 * dot allowed. The API server's words, for messages.
 */
export function fullyQualifiedDomainNameErrors(value: string): string[] {
  if (value === '') return ['must not be empty'];
  const name = value.endsWith('.') ? value.slice(0, -1) : value;
  const subdomain = dns1123SubdomainErrors(name);
  if (subdomain.length > 0) return subdomain;
  const labels = name.split('.');
  if (labels.length < 2) return ['it should be a domain with at least two segments separated by dots'];
  for (const label of labels) {
    const errors = dns1123LabelErrors(label);
    if (errors.length > 0) return errors.map((error) => `label "${label}": ${error}`);
  }
  return [];
}
