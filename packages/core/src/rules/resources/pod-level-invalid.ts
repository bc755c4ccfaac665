import { defineRule } from '../../engine/rule.js';
import { asObject } from '../../model/values.js';
import { isHugePagesResource } from './utils/requirements.js';

const CORE = 'k8s.io/kubernetes/pkg/apis/core/validation';

export default defineRule({
  meta: {
    id: 'resources/pod-level-invalid',
    severity: 'error',
    origin: 'api-error',
    description:
      'Pod-level resources (spec.resources) may set only cpu, memory and huge pages, no claims, and not on a Windows pod.',
    fixable: false,
    podSpecFields: ['resources'],
    versions: { since: '1.34' },
    sources: [
      { package: CORE, function: 'validatePodResources', type: 'Forbidden' },
      { package: CORE, function: 'validatePodResourceName', type: 'NotSupported' },
    ],
    messages: {
      windows:
        'a Windows pod (os.name: windows) cannot set pod-level resources, so the API server refuses the object; set requests and limits on the containers instead',
      claims:
        'pod-level resources cannot list claims, so the API server refuses the object; list the claims in the resources of the containers that use them',
      unsupported:
        'pod-level {{list}} cannot set {{name}}: only cpu, memory and hugepages-<size> are pod-level resources, so the API server refuses the object; set it on the containers instead',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        const resources = asObject(site.spec.resources);
        if (!resources) return;
        const path = [...site.path, 'resources'];
        if (asObject(site.spec.os)?.name === 'windows') {
          context.report({ resource, path, messageId: 'windows' });
          return;
        }
        if (resources.claims !== undefined && resources.claims !== null)
          context.report({ resource, path: [...path, 'claims'], messageId: 'claims' });
        for (const list of ['limits', 'requests'] as const) {
          for (const name of Object.keys(asObject(resources[list]) ?? {})) {
            if (name === 'cpu' || name === 'memory' || isHugePagesResource(name)) continue;
            context.report({
              resource,
              path: [...path, list, name],
              messageId: 'unsupported',
              data: { list, name: JSON.stringify(name) },
            });
          }
        }
      },
    };
  },
});
