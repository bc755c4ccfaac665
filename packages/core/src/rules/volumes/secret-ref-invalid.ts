import { defineRule } from '../../engine/rule.js';
import { asObject, goString, preview } from '../../model/values.js';
import { dns1123SubdomainErrors } from '../../schema/names.js';
import { singleSourceVolumes } from './utils/volume-files.js';

const CORE = 'k8s.io/kubernetes/pkg/apis/core/validation';

/** The pod volume sources whose credentials come from a Secret of the pod's namespace, and the reference's field. */
const SECRET_REFS: ReadonlyArray<readonly [source: string, ref: string]> = [
  ['cinder', 'secretRef'],
  ['storageos', 'secretRef'],
  ['csi', 'nodePublishSecretRef'],
];

export default defineRule({
  meta: {
    id: 'volumes/secret-ref-invalid',
    severity: 'error',
    origin: 'api-error',
    description:
      'A cinder or storageos secretRef, or a csi nodePublishSecretRef, must name the Secret (for csi, a valid Secret name).',
    fixable: false,
    podSpecFields: ['volumes'],
    sources: [
      { package: CORE, function: 'validateCinderVolumeSource', type: 'Required', field: 'name' },
      { package: CORE, function: 'validateStorageOSVolumeSource', type: 'Required', field: 'name' },
      { package: CORE, function: 'validateCSIVolumeSource', type: 'Required', field: 'name' },
      { package: CORE, function: 'validateCSIVolumeSource', type: 'Invalid', field: 'name' },
    ],
    messages: {
      nameRequired:
        'the {{source}} source of volume {{volume}} has a {{ref}} without a name, which the API server requires; name the Secret that holds the credentials, or drop {{ref}}',
      nameInvalid:
        'the csi source of volume {{volume}} names Secret {{value}} in nodePublishSecretRef, which is not a valid Secret name: {{reasons}}; the API server refuses the object (it reports csi.name); use the Secret’s metadata.name',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        for (const { volume, path, name } of singleSourceVolumes(site)) {
          for (const [sourceName, ref] of SECRET_REFS) {
            const secretRef = asObject(asObject(volume[sourceName])?.[ref]);
            if (!secretRef) continue;
            const secretName = goString(secretRef.name);
            const data = { volume: JSON.stringify(name), source: sourceName, ref };
            if (secretName === '')
              context.report({
                resource,
                path: [...path, sourceName, ref, 'name'],
                messageId: 'nameRequired',
                data,
              });
            else if (secretName !== undefined && sourceName === 'csi') {
              const reasons = dns1123SubdomainErrors(secretName);
              if (reasons.length > 0)
                context.report({
                  resource,
                  // validateCSIVolumeSource reports the secret's name at csi.name.
                  path: [...path, sourceName, 'name'],
                  messageId: 'nameInvalid',
                  data: { ...data, value: preview(secretName), reasons: reasons.join('; ') },
                });
            }
          }
        }
      },
    };
  },
});
