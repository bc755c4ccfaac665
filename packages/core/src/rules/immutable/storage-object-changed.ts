import { asObject, type PlainObject } from '../../model/values.js';
import type { FieldPath } from '../../model/path.js';
import { differences, type Difference } from '../../update/update-view.js';
import { immutableFieldsRule } from './utils/fields.js';

export default immutableFieldsRule({
  meta: {
    id: 'immutable/storage-object-changed',
    description:
      "A VolumeAttachment's spec, a CSIStorageCapacity's topology and class, and a CSINode's existing driver entries may not change.",
    sources: [
      { package: 'k8s.io/kubernetes/pkg/apis/storage/validation', function: 'ValidateVolumeAttachmentUpdate' },
      { package: 'k8s.io/kubernetes/pkg/apis/storage/v1', function: 'Validate_VolumeAttachment', field: 'spec' },
      { package: 'k8s.io/kubernetes/pkg/apis/storage/validation', function: 'ValidateCSIStorageCapacityUpdate' },
      { package: 'k8s.io/kubernetes/pkg/apis/storage/validation', function: 'ValidateCSINodeUpdate' },
    ],
  },
  kinds: [
    { kind: 'VolumeAttachment', groups: ['storage.k8s.io'] },
    { kind: 'CSIStorageCapacity', groups: ['storage.k8s.io'] },
    { kind: 'CSINode', groups: ['storage.k8s.io'] },
  ],
  fields: [
    { path: ['spec'], complaint: 'field is immutable', when: (view) => view.pair.new.kind === 'VolumeAttachment' },
    {
      path: ['nodeTopology'],
      complaint: 'field is immutable',
      when: (view) => view.pair.new.kind === 'CSIStorageCapacity',
    },
    {
      path: ['storageClassName'],
      complaint: 'field is immutable',
      when: (view) => view.pair.new.kind === 'CSIStorageCapacity',
    },
    {
      path: ['spec', 'drivers'],
      serverPath: 'spec.drivers',
      complaint: 'field is immutable',
      when: (view) => view.pair.new.kind === 'CSINode',
      compare: driverEntries,
    },
  ],
  wayOut: (resource) => `create a new ${resource.kind} instead, or let the controller that owns it manage it`,
});

/** Existing CSINode drivers (matched by name) may not change, apart from their allocatable count. */
function driverEntries(old: unknown, next: unknown, path: FieldPath): Difference[] {
  const out: Difference[] = [];
  const entries = (value: unknown): Array<[number, PlainObject]> =>
    Array.isArray(value) ? value.map((item, i) => [i, asObject(item) ?? {}] as [number, PlainObject]) : [];
  // Indexed by name: comparing every old driver with every new one was quadratic on hostile input.
  const newByName = new Map<unknown, Array<[number, PlainObject]>>();
  for (const entry of entries(next)) {
    const named = newByName.get(entry[1].name);
    if (named) named.push(entry);
    else newByName.set(entry[1].name, [entry]);
  }
  for (const [, before] of entries(old)) {
    for (const [index, after] of newByName.get(before.name) ?? []) {
      differences({ ...before, allocatable: undefined }, { ...after, allocatable: undefined }, [...path, index], out);
    }
  }
  return out;
}
