import { defineRule } from '../../engine/rule.js';
import { isSet, objectEntries } from '../../model/values.js';

export default defineRule({
  meta: {
    id: 'pod/resource-claim-source-count',
    severity: 'error',
    origin: 'api-error',
    description: 'Each pod resourceClaims entry names exactly one of resourceClaimName and resourceClaimTemplateName.',
    fixable: false,
    podSpecFields: ['resourceClaims'],
    versions: { since: '1.34' },
    source: 'validatePodResourceClaim (pkg/apis/core/validation)',
    sources: [
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'validatePodResourceClaim', type: 'Invalid' },
    ],
    messages: {
      none: 'resourceClaims entry {{name}} names neither a resourceClaimName nor a resourceClaimTemplateName, so the API server refuses the object; name the claim, or the template to make one from',
      both: 'resourceClaims entry {{name}} names both a resourceClaimName and a resourceClaimTemplateName, so the API server refuses the object; keep one',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        for (const [index, claim] of objectEntries(site.spec.resourceClaims)) {
          const count = [claim.resourceClaimName, claim.resourceClaimTemplateName].filter(isSet).length;
          if (count === 1) continue;
          const name = typeof claim.name === 'string' ? JSON.stringify(claim.name) : `resourceClaims[${index}]`;
          context.report({
            resource,
            path: [...site.path, 'resourceClaims', index],
            messageId: count === 0 ? 'none' : 'both',
            data: { name },
          });
        }
      },
    };
  },
});
