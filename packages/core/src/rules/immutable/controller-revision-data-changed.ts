import { immutableFieldsRule } from './fields.js';

export default immutableFieldsRule({
  meta: {
    id: 'immutable/controller-revision-data-changed',
    description: "A ControllerRevision's data may not change.",
    help: [
      'A ControllerRevision is a snapshot a StatefulSet or DaemonSet controller rolls back to; the API server refuses any change to its `data` (`data: field is immutable`). Its `revision` number may change.',
      '',
      'Create a new ControllerRevision (controllers do this themselves; they are rarely written by hand).',
      '',
      'Bad (old → new):',
      '```yaml',
      'data: {spec: {template: {...}}}   # → another template',
      '```',
      'Good (old → new):',
      '```yaml',
      'revision: 3   # → 4',
      '```',
    ].join('\n'),
    sources: [
      { package: 'k8s.io/kubernetes/pkg/apis/apps/validation', function: 'ValidateControllerRevisionUpdate' },
    ],
  },
  kinds: [{ kind: 'ControllerRevision', groups: ['apps'] }],
  fields: [{ path: ['data'], complaint: 'field is immutable' }],
  wayOut: () => 'create a new ControllerRevision instead (normally the owning controller does)',
});
