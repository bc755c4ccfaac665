import { defineRule } from '../../engine/rule.js';
import { containersOf, describeContainer } from '../../model/containers.js';
import { asObject, objectEntries, quoteList } from '../../model/values.js';

export default defineRule({
  meta: {
    id: 'resources/claim-not-found',
    severity: 'error',
    origin: 'api-error',
    description: "A container's resources.claims must name an entry of the pod's resourceClaims.",
    fixable: false,
    containerFields: ['resources'],
    versions: { since: '1.34' },
    source: 'validateResourceClaimNames (pkg/apis/core/validation)',
    sources: [
      {
        package: 'k8s.io/kubernetes/pkg/apis/core/validation',
        function: 'validateResourceClaimNames',
        type: 'NotFound',
      },
    ],
    messages: {
      notFound:
        "{{owner}} uses resource claim {{name}}, but the pod's resourceClaims {{declared}}, so the API server refuses the object; add it to spec.resourceClaims, or correct the name",
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        const declared = objectEntries(site.spec.resourceClaims)
          .map(([, claim]) => claim.name)
          .filter((name): name is string => typeof name === 'string' && name !== '');
        for (const container of containersOf(site)) {
          for (const [index, claim] of objectEntries(asObject(container.container.resources)?.claims)) {
            // An empty name is a Required error, reported by schema/required.
            if (typeof claim.name !== 'string' || claim.name === '' || declared.includes(claim.name)) continue;
            context.report({
              resource,
              path: [...container.path, 'resources', 'claims', index],
              messageId: 'notFound',
              data: {
                owner: describeContainer(container),
                name: JSON.stringify(claim.name),
                declared: declared.length ? `are ${quoteList(declared)}` : 'are empty',
              },
            });
          }
        }
      },
    };
  },
});
