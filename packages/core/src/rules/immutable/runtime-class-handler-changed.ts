import { immutableFieldsRule } from './fields.js';

export default immutableFieldsRule({
  meta: {
    id: 'immutable/runtime-class-handler-changed',
    description: "A RuntimeClass's handler may not change.",
    help: [
      "Pods were admitted and scheduled for the container runtime handler a RuntimeClass names, so the API server refuses a new `handler` (`field is immutable`). `overhead` and `scheduling` may change.",
      '',
      "Create a RuntimeClass with a new name for the other handler and point the Pods' `runtimeClassName` at it.",
      '',
      'Bad (old → new):',
      '```yaml',
      'handler: runc   # → kata',
      '```',
      'Good (old → new):',
      '```yaml',
      'overhead: {podFixed: {memory: 120Mi}}   # → 160Mi',
      '```',
    ].join('\n'),
    sources: [
      { package: 'k8s.io/kubernetes/pkg/apis/node/validation', function: 'ValidateRuntimeClassUpdate' },
    ],
  },
  kinds: [{ kind: 'RuntimeClass', groups: ['node.k8s.io'] }],
  fields: [{ path: ['handler'], complaint: 'field is immutable' }],
  wayOut: () => "create a RuntimeClass with a new name for the new handler and point the Pods' runtimeClassName at it",
});
