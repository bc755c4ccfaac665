import { isSet, objectEntries } from '../../../model/values.js';
import type { BaselineCheck } from './baseline-check.js';

export const check: BaselineCheck = {
  id: 'hostPathVolumes',
  source: { package: 'k8s.io/pod-security-admission/policy', function: 'hostPathVolumes_1_0' },
  what: 'volume {{volume}} is a hostPath volume',
  fix: 'use an emptyDir, a PersistentVolumeClaim or a ConfigMap instead, or run the pod in a namespace with a privileged level',
  violations: (site) =>
    objectEntries(site.spec.volumes)
      .filter(([, volume]) => isSet(volume.hostPath))
      .map(([index, volume]) => ({
        path: [...site.path, 'volumes', index, 'hostPath'],
        data: { volume: typeof volume.name === 'string' ? `"${volume.name}"` : `volumes[${index}]` },
      })),
};
