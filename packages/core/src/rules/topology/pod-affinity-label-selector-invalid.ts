import { defineRule } from '../../engine/rule.js';
import { asObject } from '../../model/values.js';
import { affinityTerms } from './affinity-terms.js';
import { checkLabelSelector, LABEL_SELECTOR_MESSAGES } from './label-selector-invalid.js';

export default defineRule({
  meta: {
    id: 'topology/pod-affinity-label-selector-invalid',
    severity: 'error',
    origin: 'api-error',
    description: "A pod affinity term's labelSelector or namespaceSelector must be a valid label selector.",
    help: [
      'The labelSelector picks the pods a term is about and the namespaceSelector the namespaces they may live in. On create the API server validates both strictly: label keys and values must be valid, `In` and `NotIn` need values, `Exists` and `DoesNotExist` must have none, and the operator must be one of those four (case-sensitive).',
      '',
      'Bad:',
      '```yaml',
      'labelSelector:',
      '  matchExpressions: [{key: app, operator: In}]',
      '```',
      'Good:',
      '```yaml',
      'labelSelector:',
      '  matchExpressions: [{key: app, operator: In, values: [web]}]',
      '```',
    ].join('\n'),
    fixable: true,
    messages: LABEL_SELECTOR_MESSAGES,
    sources: [
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'ValidatePodAffinityTermSelector' },
      { package: 'k8s.io/apimachinery/pkg/apis/meta/v1/validation', function: 'ValidateLabelSelector' },
    ],
  },
  create(context) {
    return {
      podSpec(site, resource) {
        for (const term of affinityTerms(site)) {
          for (const field of ['labelSelector', 'namespaceSelector'] as const) {
            const selector = asObject(term.term[field]);
            if (selector) checkLabelSelector(context, resource, selector, [...term.path, field]);
          }
        }
      },
    };
  },
});
