import { defineRule } from '../../engine/rule.js';
import { containersOf, describeContainer } from '../../model/containers.js';
import { objectEntries } from '../../model/values.js';
import { podRestartPolicy } from './utils/restart-policy.js';

export default defineRule({
  meta: {
    id: 'restart/resize-policy-with-never',
    severity: 'error',
    origin: 'api-error',
    description: "With the pod's restartPolicy Never, a container's resizePolicy must be NotRequired.",
    fixable: true,
    containerFields: ['resizePolicy'],
    // InPlacePodVerticalScaling is alpha (off) before 1.33: the field is dropped, nothing is validated.
    versions: { since: '1.33' },
    sources: [{ package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'validateResizePolicy' }],
    messages: {
      resizePolicyWithNever:
        "the resizePolicy of {{container}} {{detail}} for {{detail2}}, but the pod's restartPolicy is \"Never\", so the container can never be restarted; the API server refuses it (must be 'NotRequired' when pod `restartPolicy` is 'Never'): set restartPolicy: NotRequired",
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        if (podRestartPolicy(site)?.value !== 'Never') return;
        for (const container of containersOf(site, ['initContainers', 'containers'])) {
          for (const [index, entry] of objectEntries(container.container.resizePolicy)) {
            if (entry.restartPolicy === 'NotRequired') continue;
            const valuePath = [...container.path, 'resizePolicy', index, 'restartPolicy'];
            const written = typeof entry.restartPolicy === 'string' && entry.restartPolicy !== '';
            context.report({
              resource,
              // The API server reports the list, without the entry's index.
              path: [...container.path, 'resizePolicy'],
              messageId: 'resizePolicyWithNever',
              data: {
                container: describeContainer(container),
                detail: written ? `asks for "${String(entry.restartPolicy)}"` : 'has no restartPolicy',
                detail2: typeof entry.resourceName === 'string' ? entry.resourceName : 'a resource',
              },
              ...(written
                ? {
                    fix: {
                      description: 'Set the resize restartPolicy to NotRequired',
                      replaceValues: [{ path: valuePath, value: 'NotRequired' }],
                    },
                  }
                : {}),
            });
          }
        }
      },
    };
  },
});
