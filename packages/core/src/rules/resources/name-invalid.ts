import { defineRule } from '../../engine/rule.js';
import { qualifiedNameErrors } from '../../schema/names.js';
import { containerRequirements, isHugePagesResource, isNativeResource } from './utils/requirements.js';

const CONTAINER_RESOURCES = ['cpu', 'memory', 'ephemeral-storage'];

/** ValidateContainerResourceName: what is wrong with a key of a container's requests or limits. */
function resourceNameProblem(
  name: string,
): { messageId: 'notQualified' | 'notStandard' | 'notExtended'; reasons?: string } | undefined {
  const reasons = qualifiedNameErrors(name);
  if (reasons.length) return { messageId: 'notQualified', reasons: reasons.join('; ') };
  if (!name.includes('/'))
    return CONTAINER_RESOURCES.includes(name) || isHugePagesResource(name) ? undefined : { messageId: 'notStandard' };
  // An extended resource must still be a qualified name once quota prefixes it with `requests.`.
  if (!isNativeResource(name) && qualifiedNameErrors(`requests.${name}`).length) return { messageId: 'notExtended' };
  return undefined;
}

export default defineRule({
  meta: {
    id: 'resources/name-invalid',
    severity: 'error',
    origin: 'api-error',
    description:
      "A container's requests and limits name cpu, memory, ephemeral-storage, hugepages-<size> or a domain-qualified extended resource.",
    fixable: false,
    containerFields: ['resources'],
    source: 'ValidateContainerResourceName (pkg/apis/core/validation)',
    sources: [
      {
        package: 'k8s.io/kubernetes/pkg/apis/core/validation',
        function: 'ValidateContainerResourceName',
        type: 'Invalid',
      },
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'validateResourceName', type: 'Invalid' },
    ],
    messages: {
      notQualified:
        '{{owner}} {{list}} resource {{name}}, which is not a resource name: {{reasons}}; the API server refuses the object',
      notStandard:
        "{{owner}} {{list}} resource {{name}}, but without a domain only cpu, memory, ephemeral-storage and hugepages-<size> exist for containers, so the API server refuses the object; a device such as a GPU needs its vendor's name (nvidia.com/gpu)",
      notExtended:
        '{{owner}} {{list}} resource {{name}}, which is too long or malformed for an extended resource name, so the API server refuses the object',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        for (const requirements of containerRequirements(site)) {
          for (const list of ['limits', 'requests'] as const) {
            for (const name of Object.keys(requirements[list])) {
              const problem = resourceNameProblem(name);
              if (!problem) continue;
              context.report({
                resource,
                path: [...requirements.path, list, name],
                messageId: problem.messageId,
                data: {
                  owner: requirements.owner,
                  list: list === 'limits' ? 'limits' : 'requests',
                  name: JSON.stringify(name),
                  reasons: problem.reasons ?? '',
                },
              });
            }
          }
        }
      },
    };
  },
});
