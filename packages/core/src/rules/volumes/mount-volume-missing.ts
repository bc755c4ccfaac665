import { defineRule } from '../../engine/rule.js';
import { containersOf, describeContainer } from '../../model/containers.js';
import { objectEntries, quoteList } from '../../model/values.js';
import { mountableVolumeNames } from './utils/pod-volumes.js';

export default defineRule({
  meta: {
    id: 'volumes/mount-volume-missing',
    severity: 'error',
    origin: 'api-error',
    description: 'A volumeMount or volumeDevice names a volume the pod does not declare.',
    fixable: false,
    containerFields: ['volumeMounts', 'volumeDevices'],
    source: 'ValidateVolumeMounts, ValidateVolumeDevices (pkg/apis/core/validation)',
    sources: [
      {
        package: 'k8s.io/kubernetes/pkg/apis/core/validation',
        function: 'ValidateVolumeMounts',
        type: 'NotFound',
        field: 'name',
      },
      {
        package: 'k8s.io/kubernetes/pkg/apis/core/validation',
        function: 'ValidateVolumeDevices',
        type: 'NotFound',
        field: 'name',
      },
    ],
    messages: {
      missing:
        '{{owner}} {{what}} volume {{name}}, but the pod declares no volume of that name ({{declared}}), so the API server refuses the object (Not found); declare the volume under volumes, or correct the name',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        const declared = mountableVolumeNames(site, resource);
        const declaredText = declared.length ? `it declares ${quoteList(declared)}` : 'it declares none';
        for (const container of containersOf(site)) {
          for (const [list, what] of [
            ['volumeMounts', 'mounts'],
            ['volumeDevices', 'uses the block device of'],
          ] as const) {
            for (const [index, mount] of objectEntries(container.container[list])) {
              // An empty name is schema/required's finding; a volume that exists but is itself invalid is reported there.
              if (typeof mount.name !== 'string' || mount.name === '' || declared.includes(mount.name)) continue;
              context.report({
                resource,
                path: [...container.path, list, index, 'name'],
                messageId: 'missing',
                data: {
                  owner: describeContainer(container),
                  what,
                  name: JSON.stringify(mount.name),
                  declared: declaredText,
                },
              });
            }
          }
        }
      },
    };
  },
});
