import { defineRule } from '../../engine/rule.js';
import { containerRequirements, isHugePagesResource } from './utils/requirements.js';

export default defineRule({
  meta: {
    id: 'resources/hugepages-without-cpu-memory',
    severity: 'error',
    origin: 'api-error',
    description: 'A container that requests huge pages must also request or limit cpu or memory.',
    fixable: false,
    containerFields: ['resources'],
    source: 'validateResourceRequirements (pkg/apis/core/validation)',
    sources: [
      {
        package: 'k8s.io/kubernetes/pkg/apis/core/validation',
        function: 'validateResourceRequirements',
        type: 'Forbidden',
      },
    ],
    messages: {
      missing:
        '{{owner}} asks for huge pages but neither cpu nor memory, so the API server refuses the object (HugePages require cpu or memory); add a memory request or limit',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        for (const requirements of containerRequirements(site)) {
          const names = [...Object.keys(requirements.requests), ...Object.keys(requirements.limits)];
          if (!names.some(isHugePagesResource) || names.includes('cpu') || names.includes('memory')) continue;
          context.report({
            resource,
            path: requirements.path,
            messageId: 'missing',
            data: { owner: requirements.owner },
          });
        }
      },
    };
  },
});
