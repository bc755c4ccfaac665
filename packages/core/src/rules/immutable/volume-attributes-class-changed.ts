import { immutableFieldsRule } from './fields.js';

export default immutableFieldsRule({
  meta: {
    id: 'immutable/volume-attributes-class-changed',
    description: "A VolumeAttributesClass's driverName and parameters may not change.",
    help: [
      'Volumes already modified to a VolumeAttributesClass carry its parameters, so the API server refuses a new `driverName` or `parameters` (`Forbidden: updates to parameters are forbidden.`).',
      '',
      "Create a class with a new name and change the claims' `volumeAttributesClassName` to it.",
      '',
      'Bad (old → new):',
      '```yaml',
      'parameters: {iops: "3000"}   # → "6000"',
      '```',
      'Good (old → new):',
      '```yaml',
      'metadata:',
      '  labels: {}   # → tier: fast',
      '```',
    ].join('\n'),
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
