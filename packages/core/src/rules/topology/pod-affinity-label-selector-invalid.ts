import { defineRule } from '../../engine/rule.js';
import { asObject } from '../../model/values.js';
import { affinityTerms } from './utils/affinity-terms.js';
import { checkLabelSelector } from './utils/label-selector.js';

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
    reportsSchemaProblems: [
      { problems: ['label', 'required', 'enum'], within: ['podAffinity', 'labelSelector'] },
      { problems: ['label', 'required', 'enum'], within: ['podAffinity', 'namespaceSelector'] },
      { problems: ['label', 'required', 'enum'], within: ['podAntiAffinity', 'labelSelector'] },
      { problems: ['label', 'required', 'enum'], within: ['podAntiAffinity', 'namespaceSelector'] },
    ],
    source: 'ValidatePodAffinityTermSelector → ValidateLabelSelector (pkg/apis/core/validation; apimachinery)',
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
