import { immutableFieldsRule } from './utils/fields.js';

export default immutableFieldsRule({
  meta: {
    id: 'immutable/volume-attributes-class-changed',
    description: "A VolumeAttributesClass's driverName and parameters may not change.",
    sources: [
      { package: 'k8s.io/kubernetes/pkg/apis/storage/validation', function: 'ValidateVolumeAttributesClassUpdate' },
    ],
  },
  kinds: [{ kind: 'VolumeAttributesClass', groups: ['storage.k8s.io'] }],
  fields: [
    { path: ['driverName'], complaint: 'Forbidden: updates to driverName are forbidden.' },
    { path: ['parameters'], complaint: 'Forbidden: updates to parameters are forbidden.' },
  ],
  wayOut: () => "create a VolumeAttributesClass with a new name and point the claims' volumeAttributesClassName at it",
});
