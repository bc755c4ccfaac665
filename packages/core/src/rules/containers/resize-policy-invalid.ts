import { defineRule } from '../../engine/rule.js';
import { containersOf, describeContainer } from '../../model/containers.js';
import { objectEntries } from '../../model/values.js';

const RESIZABLE = ['cpu', 'memory'];

export default defineRule({
  meta: {
    id: 'containers/resize-policy-invalid',
    severity: 'error',
    origin: 'api-error',
    description:
      "A container's resizePolicy names cpu or memory, each once, with a restartPolicy; a plain init container cannot ask for RestartContainer.",
    fixable: false,
    containerFields: ['resizePolicy'],
    versions: { since: '1.33' },
    source: 'validateResizePolicy, validateInitContainers (pkg/apis/core/validation)',
    sources: [
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'validateResizePolicy', type: 'Duplicate' },
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'validateResizePolicy', type: 'NotSupported' },
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'validateResizePolicy', type: 'Required' },
      {
        package: 'k8s.io/kubernetes/pkg/apis/core/validation',
        function: 'validateInitContainers',
        type: 'Invalid',
        field: 'restartPolicy',
      },
    ],
    messages: {
      required:
        '{{owner}} has a resize policy without {{field}}, which the API server requires (Required value); name the resource (cpu or memory) and the restartPolicy (NotRequired or RestartContainer)',
      resource:
        '{{owner}} has a resize policy for {{resource}}, but only cpu and memory can be resized in place, so the API server refuses the object (Unsupported value)',
      duplicate:
        '{{owner}} has two resize policies for {{resource}}, which the API server refuses (Duplicate value); keep one',
      initRestart:
        '{{owner}} is an init container that runs to completion, so it cannot be restarted to resize it and the API server refuses RestartContainer; use NotRequired, or remove resizePolicy',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        for (const container of containersOf(site, ['initContainers', 'containers'])) {
          const listPath = [...container.path, 'resizePolicy'];
          const owner = describeContainer(container);
          const seen = new Set<string>();
          for (const [index, policy] of objectEntries(container.container.resizePolicy)) {
            for (const field of ['resourceName', 'restartPolicy'])
              if (policy[field] === undefined || policy[field] === null || policy[field] === '')
                context.report({ resource, path: listPath, messageId: 'required', data: { owner, field } });
            const name = policy.resourceName;
            if (typeof name !== 'string' || name === '') continue;
            if (seen.has(name))
              context.report({
                resource,
                path: [...listPath, index],
                messageId: 'duplicate',
                data: { owner, resource: JSON.stringify(name) },
              });
            seen.add(name);
            if (!RESIZABLE.includes(name))
              context.report({
                resource,
                path: listPath,
                messageId: 'resource',
                data: { owner, resource: JSON.stringify(name) },
              });
            if (
              container.list === 'initContainers' &&
              !container.isSidecar &&
              policy.restartPolicy === 'RestartContainer'
            ) {
              context.report({
                resource,
                path: [...listPath, index, 'restartPolicy'],
                messageId: 'initRestart',
                data: { owner },
              });
            }
          }
        }
      },
    };
  },
});
