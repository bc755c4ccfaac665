import { defineRule } from '../../engine/rule.js';
import { asObject, objectEntries } from '../../model/values.js';

const SEGMENT = '[a-z0-9](?:[-_a-z0-9]*[a-z0-9])?';
const SYSCTL_NAME = new RegExp(`^(?:${SEGMENT}[./])*${SEGMENT}$`);

export default defineRule({
  meta: {
    id: 'security/sysctl-name-invalid',
    severity: 'error',
    origin: 'api-error',
    description: 'A pod sysctl name must be a lower-case sysctl name, at most 253 characters, and appear once.',
    fixable: true,
    podSpecFields: ['securityContext'],
    source: 'validateSysctls, IsValidSysctlName (pkg/apis/core/validation)',
    sources: [
      {
        package: 'k8s.io/kubernetes/pkg/apis/core/validation',
        function: 'validateSysctls',
        type: 'Invalid',
        field: 'name',
      },
      {
        package: 'k8s.io/kubernetes/pkg/apis/core/validation',
        function: 'validateSysctls',
        type: 'Duplicate',
        field: 'name',
      },
    ],
    messages: {
      invalid:
        'sysctl name {{value}} is not a sysctl name (lower-case segments of letters, digits, "-" and "_", separated by "." or "/", at most 253 characters), so the API server refuses the object{{hint}}',
      duplicate: 'sysctl {{value}} is set twice, which the API server refuses (Duplicate value); keep one entry',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        const security = asObject(site.spec.securityContext);
        const seen = new Set<string>();
        for (const [index, sysctl] of objectEntries(security?.sysctls)) {
          const name = sysctl.name;
          // An empty name is schema/required's finding.
          if (typeof name !== 'string' || name === '') continue;
          const path = [...site.path, 'securityContext', 'sysctls', index, 'name'];
          if (name.length > 253 || !SYSCTL_NAME.test(name)) {
            const lower = name.toLowerCase();
            const fixed = lower !== name && SYSCTL_NAME.test(lower) && lower.length <= 253 ? lower : undefined;
            context.report({
              resource,
              path,
              messageId: 'invalid',
              data: { value: JSON.stringify(name), hint: fixed ? `; write ${JSON.stringify(fixed)}` : '' },
              ...(fixed ? { fix: { description: `Write ${fixed}`, replaceValues: [{ path, value: fixed }] } } : {}),
            });
          } else if (seen.has(name))
            context.report({ resource, path, messageId: 'duplicate', data: { value: JSON.stringify(name) } });
          seen.add(name);
        }
      },
    };
  },
});
