import { defineRule } from '../../engine/rule.js';
import { asObject } from '../../model/values.js';
import { spreadConstraints } from './utils/constraints.js';
import { LABEL_SELECTOR_MESSAGES, reportLabelSelector } from '../factories/label-selector.js';

export default defineRule({
  meta: {
    id: 'topology/label-selector-invalid',
    severity: 'error',
    origin: 'api-error',
    description: "A topology spread constraint's labelSelector must be a valid label selector.",
    fixable: true,
    podSpecFields: ['topologySpreadConstraints'],
    reportsSchemaProblems: [
      { problems: ['label', 'required', 'enum'], within: ['topologySpreadConstraints', 'labelSelector'] },
    ],
    sources: [
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'validateTopologySpreadConstraints' },
      { package: 'k8s.io/apimachinery/pkg/apis/meta/v1/validation', function: 'ValidateLabelSelector' },
    ],
    messages: LABEL_SELECTOR_MESSAGES,
  },
  create(context) {
    return {
      podSpec(site, resource) {
        for (const { constraint, path } of spreadConstraints(site)) {
          const selector = asObject(constraint.labelSelector);
          if (selector) reportLabelSelector(context, resource, selector, [...path, 'labelSelector']);
        }
      },
    };
  },
});
