import { defineRule } from '../../engine/rule.js';
import { containersOf, describeContainer } from '../../model/containers.js';
import { isSet, objectEntries, preview } from '../../model/values.js';

export default defineRule({
  meta: {
    id: 'volumes/device-invalid',
    severity: 'error',
    origin: 'api-error',
    description:
      'A volumeDevice uses a PVC or ephemeral volume once, at a devicePath without "..", that no other device or mount of the container uses.',
    fixable: false,
    containerFields: ['volumeDevices'],
    sources: [
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'ValidateVolumeDevices', type: 'Invalid' },
    ],
    messages: {
      nameTwice: '{{owner}} uses volume {{value}} as a device twice, which the API server refuses (must be unique)',
      notClaim:
        '{{owner}} uses volume {{value}} as a block device, but it is not a persistentVolumeClaim or ephemeral volume; the API server refuses the object (only claims can be block devices)',
      pathTwice: '{{owner}} has two devices at {{value}}, which the API server refuses (must be unique)',
      backsteps:
        'devicePath {{value}} of {{owner}} contains "..", which the API server refuses; write the path without it',
      alsoMounted:
        '{{owner}} uses volume {{value}} both as a device and in volumeMounts, which the API server refuses; use it one way',
      pathMounted:
        'devicePath {{value}} of {{owner}} is also a mount path of the container, which the API server refuses',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        const claimVolumes = new Map<string, boolean>();
        for (const [, volume] of objectEntries(site.spec.volumes))
          if (typeof volume.name === 'string')
            claimVolumes.set(volume.name, isSet(volume.persistentVolumeClaim) || isSet(volume.ephemeral));
        for (const container of containersOf(site, ['initContainers', 'containers'])) {
          const owner = describeContainer(container);
          const mounts = objectEntries(container.container.volumeMounts);
          const mountNames = new Set(mounts.map(([, mount]) => mount.name));
          const mountPaths = new Set(mounts.map(([, mount]) => mount.mountPath));
          const names = new Set<string>();
          const paths = new Set<string>();
          for (const [index, device] of objectEntries(container.container.volumeDevices)) {
            const base = [...container.path, 'volumeDevices', index];
            const report = (field: string, messageId: string, value: string): void =>
              context.report({ resource, path: [...base, field], messageId, data: { owner, value: preview(value) } });
            const name = typeof device.name === 'string' ? device.name : '';
            const devicePath = typeof device.devicePath === 'string' ? device.devicePath : '';
            if (names.has(name)) report('name', 'nameTwice', name);
            // A name no volume has is volumes/mount-volume-missing's finding.
            if (claimVolumes.get(name) === false) report('name', 'notClaim', name);
            if (devicePath !== '' && paths.has(devicePath)) report('devicePath', 'pathTwice', devicePath);
            if (devicePath !== '' && devicePath.split('/').includes('..'))
              report('devicePath', 'backsteps', devicePath);
            else paths.add(devicePath);
            if (name !== '' && mountNames.has(name)) report('name', 'alsoMounted', name);
            if (devicePath !== '' && mountPaths.has(devicePath)) report('devicePath', 'pathMounted', devicePath);
            if (name !== '') names.add(name);
          }
        }
      },
    };
  },
});
