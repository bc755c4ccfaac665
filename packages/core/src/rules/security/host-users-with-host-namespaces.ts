import { defineRule } from '../../engine/rule.js';
import { containersOf } from '../../model/containers.js';
import { asArray } from '../../model/values.js';

/** The host namespaces a user-namespaced pod may not share, with the path the API server gives each (`HostPID` is capitalised there). */
const HOST_NAMESPACES: ReadonlyArray<readonly [field: string, apiPath: string]> = [
  ['hostNetwork', 'hostNetwork'],
  ['hostPID', 'HostPID'],
  ['hostIPC', 'HostIPC'],
];

export default defineRule({
  meta: {
    id: 'security/host-users-with-host-namespaces',
    severity: 'error',
    origin: 'api-error',
    description: 'A pod with hostUsers: false cannot use hostNetwork, hostPID, hostIPC or volumeDevices.',
    fixable: false,
    podSpecFields: ['hostUsers'],
    versions: { since: '1.33' },
    source: 'validateHostUsers (pkg/apis/core/validation)',
    sources: [
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'validateHostUsers', type: 'Forbidden' },
    ],
    messages: {
      namespace:
        "the pod runs in its own user namespace (hostUsers: false) but sets {{field}}, which would share the node's namespace, so the API server refuses the object; remove {{field}}, or drop hostUsers: false",
      devices:
        "{{list}}[{{index}}] uses volumeDevices, which cannot be mapped into the pod's user namespace (hostUsers: false), so the API server refuses the object; mount a filesystem volume instead, or drop hostUsers: false",
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        if (site.spec.hostUsers !== false) return;
        for (const [field, apiPath] of HOST_NAMESPACES) {
          if (site.spec[field] === true)
            context.report({ resource, path: [...site.path, apiPath], messageId: 'namespace', data: { field } });
        }
        for (const container of containersOf(site)) {
          if (asArray(container.container.volumeDevices).length > 0)
            context.report({
              resource,
              path: [...container.path, 'volumeDevices'],
              messageId: 'devices',
              data: { list: container.list, index: container.index },
            });
        }
      },
    };
  },
});
