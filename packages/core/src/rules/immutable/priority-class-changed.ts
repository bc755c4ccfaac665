import { immutableFieldsRule } from './utils/fields.js';

export default immutableFieldsRule({
  meta: {
    id: 'immutable/priority-class-changed',
    description: "A PriorityClass's value and preemptionPolicy may not change.",
    sources: [{ package: 'k8s.io/kubernetes/pkg/apis/scheduling/validation', function: 'ValidatePriorityClassUpdate' }],
  },
  kinds: [{ kind: 'PriorityClass', groups: ['scheduling.k8s.io'] }],
  fields: [
    { path: ['value'], complaint: 'Forbidden: may not be changed in an update.' },
    { path: ['preemptionPolicy'], complaint: 'field is immutable' },
  ],
  wayOut: () =>
    "create a PriorityClass with a new name and point the Pods' priorityClassName at it, or delete and re-create the class (running Pods keep their priority)",
});
