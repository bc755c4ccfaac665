import { defineRule } from '../../engine/rule.js';
import { objectEntries } from '../../model/values.js';
import { qualifiedNameErrors } from '../../schema/names.js';

export default defineRule({
  meta: {
    id: 'pod/gate-name-invalid',
    severity: 'error',
    origin: 'api-error',
    description:
      'Readiness gate condition types and scheduling gate names must be qualified names; scheduling gates must be unique.',
    fixable: false,
    podSpecFields: ['readinessGates', 'schedulingGates'],
    source: 'validateReadinessGates, validateSchedulingGates (pkg/apis/core/validation)',
    sources: [
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'validateReadinessGates' },
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'validateSchedulingGates' },
    ],
    messages: {
      readiness:
        'readiness gate condition type {{value}} is not a qualified name: {{reasons}}; the API server refuses the object',
      scheduling: 'scheduling gate {{value}} is not a qualified name: {{reasons}}; the API server refuses the object',
      duplicate: 'scheduling gate {{value}} is listed twice, which the API server refuses (Duplicate value); keep one',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        for (const [index, gate] of objectEntries(site.spec.readinessGates)) {
          // An absent conditionType is the empty name to the API server, refused as such.
          const conditionType =
            gate.conditionType === undefined || gate.conditionType === null ? '' : gate.conditionType;
          if (typeof conditionType !== 'string') continue;
          const reasons = qualifiedNameErrors(conditionType);
          if (reasons.length)
            context.report({
              resource,
              path: [...site.path, 'readinessGates', index, 'conditionType'],
              messageId: 'readiness',
              data: { value: JSON.stringify(conditionType), reasons: reasons.join('; ') },
            });
        }
        const seen = new Set<string>();
        for (const [index, gate] of objectEntries(site.spec.schedulingGates)) {
          const name =
            typeof gate.name === 'string' ? gate.name : gate.name === undefined || gate.name === null ? '' : undefined;
          if (name === undefined) continue;
          const path = [...site.path, 'schedulingGates', index];
          const reasons = qualifiedNameErrors(name);
          if (reasons.length)
            context.report({
              resource,
              path,
              messageId: 'scheduling',
              data: { value: JSON.stringify(name), reasons: reasons.join('; ') },
            });
          if (seen.has(name))
            context.report({ resource, path, messageId: 'duplicate', data: { value: JSON.stringify(name) } });
          seen.add(name);
        }
      },
    };
  },
});
