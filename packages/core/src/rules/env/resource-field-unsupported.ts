import { defineRule } from '../../engine/rule.js';
import { asObject, isSet, quoteList } from '../../model/values.js';
import { envVarName, envVarsOf } from './utils/env-vars.js';
import {
  allowedDivisors,
  divisorAllowed,
  RESOURCE_FIELD_RESOURCES,
  resourceSupported,
} from './utils/resource-fields.js';

export default defineRule({
  meta: {
    id: 'env/resource-field-unsupported',
    severity: 'error',
    origin: 'api-error',
    description:
      'A resourceFieldRef must read requests or limits of cpu, memory, ephemeral-storage or huge pages, with a supported divisor.',
    fixable: false,
    containerFields: ['env'],
    source: 'validateContainerResourceFieldSelector, validateContainerResourceDivisor (pkg/apis/core/validation)',
    sources: [
      {
        package: 'k8s.io/kubernetes/pkg/apis/core/validation',
        function: 'validateContainerResourceFieldSelector',
        type: 'NotSupported',
        field: 'resource',
      },
      {
        package: 'k8s.io/kubernetes/pkg/apis/core/validation',
        function: 'validateContainerResourceDivisor',
        type: 'Invalid',
        field: 'divisor',
      },
    ],
    messages: {
      resource:
        'resourceFieldRef of environment variable {{variable}} ({{owner}}) reads {{value}}, which is not a resource the downward API exposes, so the API server refuses the object (Unsupported value); use one of {{allowed}}, or requests.hugepages-<size> / limits.hugepages-<size>',
      divisor:
        'resourceFieldRef of environment variable {{variable}} ({{owner}}) divides {{resource}} by {{value}}, which the API server refuses; the divisor must be one of {{allowed}}',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        for (const entry of envVarsOf(site)) {
          const selector = asObject(entry.valueFrom?.resourceFieldRef);
          // An empty resource is schema/required's finding.
          if (!selector || typeof selector.resource !== 'string' || selector.resource === '') continue;
          const path = [...entry.path, 'valueFrom', 'resourceFieldRef'];
          const base = { variable: envVarName(entry.envVar), owner: entry.owner };
          if (!resourceSupported(selector.resource)) {
            context.report({
              resource,
              path: [...path, 'resource'],
              messageId: 'resource',
              data: { ...base, value: JSON.stringify(selector.resource), allowed: quoteList(RESOURCE_FIELD_RESOURCES) },
            });
          }
          const allowed = allowedDivisors(selector.resource);
          if (allowed && isSet(selector.divisor) && !divisorAllowed(selector.divisor, allowed)) {
            context.report({
              resource,
              path: [...path, 'divisor'],
              messageId: 'divisor',
              data: {
                ...base,
                resource: selector.resource,
                value: JSON.stringify(selector.divisor),
                allowed: quoteList(allowed),
              },
            });
          }
        }
      },
    };
  },
});
