import { asSet, immutableFieldsRule } from './utils/fields.js';

export default immutableFieldsRule({
  meta: {
    id: 'immutable/resource-quota-scopes-changed',
    description: "A ResourceQuota's scopes may not change.",
    sources: [{ package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'ValidateResourceQuotaUpdate' }],
  },
  kinds: [{ kind: 'ResourceQuota', groups: [''] }],
  fields: [{ path: ['spec', 'scopes'], complaint: 'field is immutable', compare: asSet }],
  wayOut: () =>
    'delete and re-create the ResourceQuota (`kubectl replace --force -f <file>`), or add a second quota for the other scopes',
});
