import { defineRule } from '../../engine/rule.js';
import { asObject, preview, quoteList } from '../../model/values.js';

export default defineRule({
  meta: {
    id: 'security/se-linux-change-policy-unsupported',
    severity: 'error',
    origin: 'api-error',
    description: "A pod's securityContext.seLinuxChangePolicy must be Recursive or MountOption.",
    fixable: true,
    podSpecFields: ['securityContext'],
    versions: { since: '1.33' },
    sources: [
      {
        package: 'k8s.io/kubernetes/pkg/apis/core/validation',
        function: 'validateSELinuxChangePolicy',
        type: 'NotSupported',
      },
    ],
    messages: {
      unsupported:
        'seLinuxChangePolicy {{value}} is not a policy; the API server refuses the object (supported values: {{allowed}}); {{advice}}',
    },
  },
  create(context) {
    const allowed = ['MountOption', 'Recursive'];
    return {
      podSpec(site, resource) {
        const value = asObject(site.spec.securityContext)?.seLinuxChangePolicy;
        if (typeof value !== 'string' || allowed.includes(value)) return;
        const path = [...site.path, 'securityContext', 'seLinuxChangePolicy'];
        const fixed = allowed.find((candidate) => candidate.toLowerCase() === value.toLowerCase());
        context.report({
          resource,
          path,
          messageId: 'unsupported',
          data: {
            value: preview(value),
            allowed: quoteList(allowed),
            advice: fixed ? `write ${fixed}` : 'write Recursive or MountOption, or remove it',
          },
          ...(fixed ? { fix: { description: `Write ${fixed}`, replaceValues: [{ path, value: fixed }] } } : {}),
        });
      },
    };
  },
});
