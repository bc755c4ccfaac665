import { immutableFieldsRule } from './utils/fields.js';

export default immutableFieldsRule({
  meta: {
    id: 'immutable/controller-revision-data-changed',
    description: "A ControllerRevision's data may not change.",
    sources: [{ package: 'k8s.io/kubernetes/pkg/apis/apps/validation', function: 'ValidateControllerRevisionUpdate' }],
  },
  kinds: [{ kind: 'ControllerRevision', groups: ['apps'] }],
  fields: [{ path: ['data'], complaint: 'field is immutable' }],
  wayOut: () => 'create a new ControllerRevision instead (normally the owning controller does)',
});
