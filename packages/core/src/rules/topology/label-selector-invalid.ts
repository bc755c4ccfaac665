import { defineRule } from '../../engine/rule.js';
import { asObject } from '../../model/values.js';
import { spreadConstraints } from './utils/constraints.js';
import { checkLabelSelector } from './utils/label-selector.js';

export default defineRule({
  meta: {
    id: 'topology/label-selector-invalid',
    severity: 'error',
    origin: 'api-error',
    description: "A topology spread constraint's labelSelector must be a valid label selector.",
    help: [
      'The labelSelector picks the pods that are counted per domain. The API server validates it strictly on create: label keys and values must be valid, `In` and `NotIn` need values, `Exists` and `DoesNotExist` must have none, and the operator must be one of those four (case-sensitive).',
      '',
      'Bad:',
      '```yaml',
      'labelSelector:',
      '  matchExpressions:',
      '    - {key: app, operator: In}',
      '```',
      'Good:',
      '```yaml',
      'labelSelector:',
      '  matchExpressions:',
      '    - {key: app, operator: In, values: [web]}',
      '```',
    ].join('\n'),
    fixable: true,
    reportsSchemaProblems: [{ problems: ['label', 'required', 'enum'], within: ['topologySpreadConstraints', 'labelSelector'] }],
    source: 'validateTopologySpreadConstraints → ValidateLabelSelector (apimachinery meta/v1/validation)',
  },
  create(context) {
    return {
      podSpec(site, resource) {
        for (const { constraint, path } of spreadConstraints(site)) {
          const selector = asObject(constraint.labelSelector);
          if (selector) checkLabelSelector(context, resource, selector, [...path, 'labelSelector']);
        }
      },
    };
  },
});
