import { asSet, immutableFieldsRule } from './fields.js';

export default immutableFieldsRule({
  meta: {
    id: 'immutable/resource-quota-scopes-changed',
    description: "A ResourceQuota's scopes may not change.",
    help: [
      'The scopes of a ResourceQuota decide which Pods it counts; the API server refuses a different set of `spec.scopes` (`field is immutable`; the order does not matter). `spec.hard` and `spec.scopeSelector` may change.',
      '',
      'Delete and re-create the quota with the new scopes, or create a second quota.',
      '',
      'Bad (old → new):',
      '```yaml',
      'scopes: [BestEffort]   # → [NotBestEffort]',
      '```',
      'Good (old → new):',
      '```yaml',
      'hard: {pods: "10"}   # → "20"',
      '```',
    ].join('\n'),
    sources: [
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'ValidateResourceQuotaUpdate' },
    ],
  },
  kinds: [{ kind: 'ResourceQuota', groups: [''] }],
  fields: [{ path: ['spec', 'scopes'], complaint: 'field is immutable', compare: asSet }],
  wayOut: () => 'delete and re-create the ResourceQuota (`kubectl replace --force -f <file>`), or add a second quota for the other scopes',
});
