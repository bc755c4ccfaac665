import { defineRule } from '../../engine/rule.js';
import { containersOf, describeContainer } from '../../model/containers.js';

export default defineRule({
  meta: {
    id: 'containers/image-whitespace',
    severity: 'error',
    origin: 'api-error',
    description: "A Pod's container image may not start or end with whitespace.",
    fixable: true,
    sources: [
      {
        package: 'k8s.io/kubernetes/pkg/apis/core/validation',
        function: 'validateContainerOnlyForPod',
        type: 'Invalid',
        field: 'image',
      },
    ],
    messages: {
      whitespace:
        'image {{image}} of {{owner}} starts or ends with whitespace, so the API server refuses the Pod; write {{trimmed}}',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        // validatePodMetadataAndSpec checks Pods only, not the templates of workloads.
        if (site.isTemplate) return;
        for (const container of containersOf(site)) {
          const image = container.container.image;
          if (typeof image !== 'string' || image === image.trim()) continue;
          const trimmed = image.trim();
          const path = [...container.path, 'image'];
          context.report({
            resource,
            path,
            messageId: 'whitespace',
            data: {
              image: JSON.stringify(image),
              owner: describeContainer(container),
              trimmed: JSON.stringify(trimmed),
            },
            ...(trimmed !== ''
              ? { fix: { description: `Write ${trimmed}`, replaceValues: [{ path, value: trimmed }] } }
              : {}),
          });
        }
      },
    };
  },
});
