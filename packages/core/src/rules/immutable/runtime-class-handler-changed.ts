import { immutableFieldsRule } from './utils/fields.js';

export default immutableFieldsRule({
  meta: {
    id: 'immutable/runtime-class-handler-changed',
    description: "A RuntimeClass's handler may not change.",
    sources: [{ package: 'k8s.io/kubernetes/pkg/apis/node/validation', function: 'ValidateRuntimeClassUpdate' }],
  },
  kinds: [{ kind: 'RuntimeClass', groups: ['node.k8s.io'] }],
  fields: [{ path: ['handler'], complaint: 'field is immutable' }],
  wayOut: () => "create a RuntimeClass with a new name for the new handler and point the Pods' runtimeClassName at it",
});
