import { defineRule } from '../../engine/rule.js';
import { containersOf, describeContainer } from '../../model/containers.js';
import { asObject, isObject, objectEntries, type PlainObject } from '../../model/values.js';

const SOURCE = {
  package: 'k8s.io/kubernetes/pkg/apis/core/validation',
  function: 'validateFileKeyRefVolumes',
} as const;

/** An emptyDir, or a volume that names no source at all, which SetDefaults_Volume makes an emptyDir. */
function isEmptyDir(volume: PlainObject): boolean {
  if (isObject(volume.emptyDir)) return true;
  return Object.entries(volume).every(([key, value]) => key === 'name' || value === null || value === undefined);
}

export default defineRule({
  meta: {
    id: 'volumes/file-key-ref-volume-invalid',
    severity: 'error',
    origin: 'api-error',
    description: 'An env var’s valueFrom.fileKeyRef must name an emptyDir volume of the pod.',
    fixable: false,
    containerFields: ['env'],
    // EnvFiles is on by default from 1.35 (alpha in 1.34, when the API server drops fileKeyRef).
    versions: { since: '1.35' },
    sources: [
      { ...SOURCE, type: 'NotFound', field: 'volumeName' },
      { ...SOURCE, type: 'Invalid', field: 'volumeName' },
    ],
    messages: {
      notFound:
        'env var {{env}} of {{container}} reads its value from a file of volume {{volume}}, which the pod does not declare, so the API server refuses the object; add an emptyDir volume of that name, or fix volumeName',
      notEmptyDir:
        'env var {{env}} of {{container}} reads its value from a file of volume {{volume}}, which is not an emptyDir; the API server refuses the object, since fileKeyRef reads only files an init container writes to an emptyDir; point it at an emptyDir volume',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        const volumes = new Map<string, boolean>();
        for (const [, volume] of objectEntries(site.spec.volumes))
          if (typeof volume.name === 'string') volumes.set(volume.name, isEmptyDir(volume));
        for (const container of containersOf(site)) {
          for (const [index, envVar] of objectEntries(container.container.env)) {
            const fileKeyRef = asObject(asObject(envVar.valueFrom)?.fileKeyRef);
            const volumeName = fileKeyRef?.volumeName;
            // An empty or missing volumeName is the Required of validateFileKeySelector.
            if (typeof volumeName !== 'string' || volumeName === '') continue;
            const emptyDir = volumes.get(volumeName);
            if (emptyDir === true) continue;
            context.report({
              resource,
              path: [...container.path, 'env', index, 'valueFrom', 'fileKeyRef', 'volumeName'],
              messageId: emptyDir === undefined ? 'notFound' : 'notEmptyDir',
              data: {
                env: JSON.stringify(typeof envVar.name === 'string' ? envVar.name : `env[${index}]`),
                container: describeContainer(container),
                volume: JSON.stringify(volumeName),
              },
            });
          }
        }
      },
    };
  },
});
