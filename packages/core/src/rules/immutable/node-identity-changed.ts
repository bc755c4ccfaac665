import type { FieldPath } from '../../model/path.js';
import { asArray, asObject, asString } from '../../model/values.js';
import type { Difference } from '../../update/update-view.js';
import { immutableFieldsRule } from './utils/fields.js';

/** Set once: a value may be written where there was none, and then never changed or cleared. */
function setOnce(old: unknown, next: unknown, path: FieldPath): Difference[] {
  const empty = (value: unknown): boolean =>
    value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
  if (empty(old) || JSON.stringify(old) === JSON.stringify(next)) return [];
  return [{ path, old, new: empty(next) ? undefined : next }];
}

/** The ranges the API server stores: v1 `podCIDR` wins over a different `podCIDRs[0]` (Convert_v1_NodeSpec_To_core_NodeSpec). */
function podCIDRs(spec: unknown): string[] {
  const single = asString(asObject(spec)?.podCIDR) ?? '';
  const plural = asArray(asObject(spec)?.podCIDRs).filter((cidr): cidr is string => typeof cidr === 'string');
  if (single !== '' && (plural.length === 0 || plural[0] !== single)) return [single];
  return plural;
}

function podCIDRsSetOnce(old: unknown, next: unknown, path: FieldPath): Difference[] {
  return setOnce(podCIDRs(old), podCIDRs(next), [...path, 'podCIDRs']);
}

export default immutableFieldsRule({
  meta: {
    id: 'immutable/node-identity-changed',
    description: "A Node's podCIDRs, providerID and externalID may not change once set.",
    sources: [
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'ValidateNodeUpdate' },
      { package: 'k8s.io/kubernetes/pkg/apis/core/v1', function: 'Validate_NodeSpec', field: 'providerID' },
    ],
  },
  kinds: [{ kind: 'Node', groups: [''] }],
  fields: [
    {
      path: ['spec'],
      label: 'spec.podCIDRs',
      serverPath: 'spec.podCIDRs',
      complaint: 'Forbidden: node updates may not change podCIDR except from "" to valid',
      compare: podCIDRsSetOnce,
    },
    { path: ['spec', 'providerID'], complaint: 'field cannot be modified once set', compare: setOnce },
    { path: ['spec', 'externalID'], complaint: 'Forbidden: may not be updated' },
  ],
  wayOut: () =>
    'leave it out of the manifest (the controllers own it), or delete the Node and let the kubelet register it again',
});
