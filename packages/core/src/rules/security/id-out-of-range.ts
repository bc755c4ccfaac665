import { defineRule } from '../../engine/rule.js';
import { asArray } from '../../model/values.js';
import { securityContextsOf } from '../../model/security-contexts.js';

const MAX_ID = 2147483647;

export default defineRule({
  meta: {
    id: 'security/id-out-of-range',
    severity: 'error',
    origin: 'api-error',
    description: 'runAsUser, runAsGroup, fsGroup and supplementalGroups must be between 0 and 2147483647.',
    fixable: false,
    containerFields: ['securityContext'],
    podSpecFields: ['securityContext'],
    source:
      'ValidateSecurityContext, validatePodSpecSecurityContext → IsValidUserID, IsValidGroupID (pkg/apis/core/validation)',
    sources: [
      {
        package: 'k8s.io/kubernetes/pkg/apis/core/validation',
        function: 'ValidateSecurityContext',
        type: 'Invalid',
        field: 'runAsUser',
      },
      {
        package: 'k8s.io/kubernetes/pkg/apis/core/validation',
        function: 'ValidateSecurityContext',
        type: 'Invalid',
        field: 'runAsGroup',
      },
      {
        package: 'k8s.io/kubernetes/pkg/apis/core/validation',
        function: 'validatePodSpecSecurityContext',
        type: 'Invalid',
      },
    ],
    messages: {
      outOfRange:
        '{{field}} {{value}} of {{owner}} is not a valid {{what}} id: it must be between 0 and 2147483647, so the API server refuses the object; leave the field out rather than using -1',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        for (const security of securityContextsOf(site)) {
          const fields =
            security.level === 'pod' ? ['runAsUser', 'runAsGroup', 'fsGroup'] : ['runAsUser', 'runAsGroup'];
          const ids = fields.map((field) => ({
            field,
            value: security.context[field],
            path: [...security.path, field],
          }));
          if (security.level === 'pod')
            asArray(security.context.supplementalGroups).forEach((value, index) =>
              ids.push({
                field: `supplementalGroups[${index}]`,
                value,
                path: [...security.path, 'supplementalGroups', index],
              }),
            );
          for (const id of ids) {
            // Non-integers are schema/type's finding.
            if (typeof id.value !== 'number' || !Number.isInteger(id.value) || (id.value >= 0 && id.value <= MAX_ID))
              continue;
            context.report({
              resource,
              path: id.path,
              messageId: 'outOfRange',
              data: {
                field: id.field,
                value: id.value,
                owner: security.owner,
                what: id.field === 'runAsUser' ? 'user' : 'group',
              },
            });
          }
        }
      },
    };
  },
});
