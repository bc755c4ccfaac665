import { defineRule } from '../../engine/rule.js';
import { asObject } from '../../model/values.js';
import { affinityTerms } from './utils/affinity-terms.js';
import { LABEL_SELECTOR_MESSAGES, reportLabelSelector } from '../factories/label-selector.js';

export default defineRule({
  meta: {
    id: 'topology/pod-affinity-label-selector-invalid',
    severity: 'error',
    origin: 'api-error',
    description: "A pod affinity term's labelSelector or namespaceSelector must be a valid label selector.",
    fixable: true,
    podSpecFields: ['affinity'],
    reportsSchemaProblems: [
      { problems: ['label', 'required', 'enum'], within: ['podAffinity', 'labelSelector'] },
      { problems: ['label', 'required', 'enum'], within: ['podAffinity', 'namespaceSelector'] },
      { problems: ['label', 'required', 'enum'], within: ['podAntiAffinity', 'labelSelector'] },
      { problems: ['label', 'required', 'enum'], within: ['podAntiAffinity', 'namespaceSelector'] },
    ],
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
            if (selector) reportLabelSelector(context, resource, selector, [...term.path, field]);
          }
        }
      },
    };
  },
});
