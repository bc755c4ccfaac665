import { defineRule } from '../../engine/rule.js';
import { containersOf, describeContainer } from '../../model/containers.js';
import { asObject, objectEntries } from '../../model/values.js';

export default defineRule({
  meta: {
    id: 'resources/claim-duplicate',
    severity: 'error',
    origin: 'api-error',
    description:
      "A container's resources.claims may name each claim once: once whole, or once per request of it, not both.",
    fixable: false,
    containerFields: ['resources'],
    versions: { since: '1.34' },
    sources: [
      {
        package: 'k8s.io/kubernetes/pkg/apis/core/validation',
        function: 'validateResourceClaimNames',
        type: 'Duplicate',
      },
    ],
    messages: {
      duplicate:
        '{{owner}} lists resource claim {{entry}} in resources.claims after {{earlier}}, which already gives it that claim, so the API server refuses the object; remove the entry',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        for (const container of containersOf(site)) {
          // What earlier entries referenced: a whole claim as "name", a request as "name/request".
          const referenced: string[] = [];
          for (const [index, claim] of objectEntries(asObject(container.container.resources)?.claims)) {
            const name = typeof claim.name === 'string' ? claim.name : '';
            if (name === '') continue; // a Required error, schema/required-field-missing's
            const request = typeof claim.request === 'string' ? claim.request : '';
            const key = request === '' ? name : `${name}/${request}`;
            // validateResourceClaimNames: an entry after its whole claim is not recorded again; any
            // other entry is, even when it repeats an earlier request or overlaps one.
            let earlier = referenced.find((entry) => entry === name);
            if (earlier === undefined) {
              earlier =
                referenced.find((entry) => entry === key) ??
                (request === '' ? referenced.find((entry) => entry.startsWith(`${name}/`)) : undefined);
              if (!referenced.includes(key)) referenced.push(key);
            }
            if (earlier === undefined) continue;
            context.report({
              resource,
              path: [...container.path, 'resources', 'claims', index],
              messageId: 'duplicate',
              data: {
                owner: describeContainer(container),
                entry: JSON.stringify(key),
                earlier: earlier.includes('/')
                  ? `request ${JSON.stringify(earlier)}`
                  : `the whole claim ${JSON.stringify(earlier)}`,
              },
            });
          }
        }
      },
    };
  },
});
