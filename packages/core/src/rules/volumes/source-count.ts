import { defineRule } from '../../engine/rule.js';
import { objectEntries } from '../../model/values.js';
import { claimTemplateNames } from '../../model/workloads.js';

/**
 * The volume sources in the order validateVolumeSource checks them, with the name the API server
 * gives each in its paths: two of them differ from the JSON key (`cephFS`, and the misspelt `downwarAPI`).
 */
const SOURCES: ReadonlyArray<readonly [key: string, apiPath: string]> = [
  ['emptyDir', 'emptyDir'],
  ['hostPath', 'hostPath'],
  ['gitRepo', 'gitRepo'],
  ['gcePersistentDisk', 'gcePersistentDisk'],
  ['awsElasticBlockStore', 'awsElasticBlockStore'],
  ['secret', 'secret'],
  ['nfs', 'nfs'],
  ['iscsi', 'iscsi'],
  ['glusterfs', 'glusterfs'],
  ['flocker', 'flocker'],
  ['persistentVolumeClaim', 'persistentVolumeClaim'],
  ['rbd', 'rbd'],
  ['cinder', 'cinder'],
  ['cephfs', 'cephFS'],
  ['quobyte', 'quobyte'],
  ['downwardAPI', 'downwarAPI'],
  ['fc', 'fc'],
  ['flexVolume', 'flexVolume'],
  ['configMap', 'configMap'],
  ['azureFile', 'azureFile'],
  ['vsphereVolume', 'vsphereVolume'],
  ['photonPersistentDisk', 'photonPersistentDisk'],
  ['portworxVolume', 'portworxVolume'],
  ['azureDisk', 'azureDisk'],
  ['storageos', 'storageos'],
  ['projected', 'projected'],
  ['scaleIO', 'scaleIO'],
  ['csi', 'csi'],
  ['ephemeral', 'ephemeral'],
  ['image', 'image'],
];

export default defineRule({
  meta: {
    id: 'volumes/source-count',
    severity: 'error',
    origin: 'api-error',
    description: 'A volume may have only one source: emptyDir, configMap, secret, persistentVolumeClaim, …',
    fixable: false,
    podSpecFields: ['volumes'],
    source: 'validateVolumeSource (pkg/apis/core/validation)',
    sources: [
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'validateVolumeSource', type: 'Forbidden' },
    ],
    messages: {
      several:
        'volume {{name}} already takes its files from {{first}}, so {{extra}} is a second source and the API server refuses the object (may not specify more than 1 volume type); keep one, or combine ConfigMaps, Secrets and downward API files in a projected volume',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        // A StatefulSet's claim template replaces the template volume of the same name before validation.
        const replaced = claimTemplateNames(resource);
        for (const [index, volume] of objectEntries(site.spec.volumes)) {
          if (typeof volume.name === 'string' && replaced.includes(volume.name)) continue;
          // Not destructured: in code V8 has not optimized yet, that takes an iterator per source.
          const present = SOURCES.filter((source) => volume[source[0]] !== undefined && volume[source[0]] !== null);
          const name = typeof volume.name === 'string' ? JSON.stringify(volume.name) : `volumes[${index}]`;
          const path = [...site.path, 'volumes', index];
          // No source at all is not an error: defaulting makes such a volume an emptyDir.
          const [first, ...extra] = present;
          if (first === undefined) continue;
          for (const [key, apiPath] of extra) {
            context.report({
              resource,
              path: [...path, apiPath],
              messageId: 'several',
              data: { name, first: first[0], extra: key },
            });
          }
        }
      },
    };
  },
});
