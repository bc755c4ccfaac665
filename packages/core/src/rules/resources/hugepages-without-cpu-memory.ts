import { compareVersions } from '../../release/versions.js';
import { defineRule } from '../../engine/rule.js';
import { isHugePagesResource, podLevelMayBeDefaulted, requirementsOf } from './utils/requirements.js';

export default defineRule({
  meta: {
    id: 'resources/hugepages-without-cpu-memory',
    severity: 'error',
    origin: 'api-error',
    description:
      'A container, or the pod as a whole, that asks for huge pages must also request or limit cpu or memory.',
    fixable: false,
    podSpecFields: ['resources'],
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
    const podLevel = compareVersions(context.kubernetesVersion, '1.34') >= 0;
    return {
      podSpec(site, resource) {
        for (const requirements of requirementsOf(site, podLevel)) {
          const names = [...Object.keys(requirements.requests), ...Object.keys(requirements.limits)];
          if (!names.some(isHugePagesResource) || names.includes('cpu') || names.includes('memory')) continue;
          const podLevelFilled =
            requirements.container === undefined &&
            Object.keys(requirements.limits).length > 0 &&
            (podLevelMayBeDefaulted(site, 'cpu') || podLevelMayBeDefaulted(site, 'memory'));
          if (podLevelFilled) continue;
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
