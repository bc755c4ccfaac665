import { defineRule, type Rule } from '../../../engine/rule.js';
import { caseFix } from '../../../model/fixes.js';
import { quoteList } from '../../../model/values.js';
import { NODE_INCLUSION_POLICIES, spreadConstraints } from './constraints.js';

/** nodeAffinityPolicy and nodeTaintsPolicy are validated by the same function and differ only in meaning (their pages say which). */
export function nodeInclusionPolicyRule(field: 'nodeAffinityPolicy' | 'nodeTaintsPolicy'): Rule {
  const id =
    field === 'nodeAffinityPolicy'
      ? 'topology/node-affinity-policy-unsupported'
      : 'topology/node-taints-policy-unsupported';
  return defineRule({
    meta: {
      id,
      severity: 'error',
      origin: 'api-error',
      description: `${field} must be exactly Honor or Ignore.`,
      fixable: true,
      podSpecFields: ['topologySpreadConstraints'],
      reportsSchemaProblems: [{ problems: ['enum'], field: `core.v1.TopologySpreadConstraint.${field}` }],
      sources: [{ package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'validateNodeInclusionPolicy' }],
      messages: {
        policyMiscased: `{{field}} {{value}} is not supported: the API server accepts exactly ${quoteList(NODE_INCLUSION_POLICIES)} (case-sensitive) and refuses the object; write "{{corrected}}"`,
        policyUnsupported: `{{field}} {{value}} is not supported: the API server accepts exactly ${quoteList(NODE_INCLUSION_POLICIES)} (case-sensitive) and refuses the object; use Honor or Ignore, or remove the field for the default`,
      },
    },
    create(context) {
      return {
        podSpec(site, resource) {
          for (const { constraint, path } of spreadConstraints(site)) {
            const value = constraint[field];
            if (typeof value !== 'string' || (NODE_INCLUSION_POLICIES as readonly string[]).includes(value)) continue;
            const fieldPath = [...path, field];
            const corrected = caseFix(value, NODE_INCLUSION_POLICIES, fieldPath, field);
            context.report({
              resource,
              path: fieldPath,
              ...(corrected
                ? {
                    messageId: 'policyMiscased',
                    data: { field, value: JSON.stringify(value), corrected: corrected.value },
                  }
                : { messageId: 'policyUnsupported', data: { field, value: JSON.stringify(value) } }),
              fix: corrected?.fix,
            });
          }
        },
      };
    },
  });
}
