import { immutableFieldsRule } from './fields.js';

export default immutableFieldsRule({
  meta: {
    id: 'immutable/priority-class-changed',
    description: "A PriorityClass's value and preemptionPolicy may not change.",
    help: [
      'Pods resolve their priority from the class when they are created, so the API server refuses a new `value` (`value: Forbidden: may not be changed in an update.`) or `preemptionPolicy` (absent means `PreemptLowerPriority`). `globalDefault` and `description` may change.',
      '',
      'Create a PriorityClass with a new name and switch the Pods\' `priorityClassName` to it (a template change rolls them out), or delete and re-create the class (running Pods keep their resolved priority).',
      '',
      'Bad (old → new):',
      '```yaml',
      'value: 1000   # → 2000',
      '```',
      'Good (old → new):',
      '```yaml',
      'description: batch jobs   # → batch and cron jobs',
      '```',
    ].join('\n'),
    sources: [
      { package: 'k8s.io/kubernetes/pkg/apis/scheduling/validation', function: 'ValidatePriorityClassUpdate' },
    ],
  },
  kinds: [{ kind: 'PriorityClass', groups: ['scheduling.k8s.io'] }],
  fields: [
    { path: ['value'], complaint: 'Forbidden: may not be changed in an update.' },
    { path: ['preemptionPolicy'], complaint: 'field is immutable' },
  ],
  wayOut: () => "create a PriorityClass with a new name and point the Pods' priorityClassName at it, or delete and re-create the class (running Pods keep their priority)",
});
