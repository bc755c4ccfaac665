import { objectEntries } from '../../../model/values.js';
import type { BaselineCheck } from './baseline-check.js';

/** The volume sources the restricted standard allows: none of them reaches the node's files or the network directly. */
const ALLOWED = new Set([
  'configMap',
  'csi',
  'downwardAPI',
  'emptyDir',
  'ephemeral',
  'image',
  'persistentVolumeClaim',
  'projected',
  'secret',
]);

export const check: BaselineCheck = {
  id: 'restrictedVolumes',
  level: 'restricted',
  source: { package: 'k8s.io/pod-security-admission/policy', function: 'restrictedVolumes_1_0' },
  what: 'volume {{volume}} is a {{type}} volume',
  fix: 'use a PersistentVolumeClaim, an emptyDir, a ConfigMap, a Secret or a projected, CSI or ephemeral volume instead, or run the pod in a namespace with a baseline level',
  violations: (site) =>
    objectEntries(site.spec.volumes).flatMap(([index, volume]) => {
      const sources = Object.keys(volume).filter(
        (key) => key !== 'name' && volume[key] !== null && volume[key] !== undefined,
      );
      // A volume with no source is defaulted to an emptyDir.
      const type = sources.find((key) => !ALLOWED.has(key));
      if (type === undefined) return [];
      return [
        {
          path: [...site.path, 'volumes', index, type],
          data: { volume: typeof volume.name === 'string' ? `"${volume.name}"` : `volumes[${index}]`, type },
        },
      ];
    }),
};
