import { defineRule } from '../../engine/rule.js';
import { reportFieldRef } from '../factories/field-ref.js';
import { volumeFiles } from './utils/volume-files.js';

/** validVolumeDownwardAPIFieldPathExpressions: whole label and annotation maps are fine in a file. */
const VOLUME_FIELD_PATHS: readonly string[] = [
  'metadata.annotations',
  'metadata.labels',
  'metadata.name',
  'metadata.namespace',
  'metadata.uid',
];

export default defineRule({
  meta: {
    id: 'volumes/downward-api-field-path-unsupported',
    severity: 'error',
    origin: 'api-error',
    description: "A downward API volume file can expose only the pod's name, namespace, uid, labels and annotations.",
    fixable: false,
    podSpecFields: ['volumes'],
    source: 'validateDownwardAPIVolumeFile → validateObjectFieldSelector (pkg/apis/core/validation)',
    sources: [{ package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'validateDownwardAPIVolumeFile' }],
    messages: {
      unknown:
        'volume {{volume}} projects fieldRef {{fieldPath}}, which cannot be converted: {{detail}}, so the API server refuses the object; use one of {{allowed}}',
      unsupported:
        'volume {{volume}} projects {{fieldPath}}, which a downward API volume cannot expose, so the API server refuses the object (Unsupported value); use one of {{allowed}}, and an environment variable for node and IP fields',
      subscript:
        'volume {{volume}} projects the key of {{fieldPath}}, which is not a valid label or annotation key: {{reasons}}; the API server refuses the object',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        for (const file of volumeFiles(site)) {
          if (file.kind !== 'downwardAPI') continue;
          const volume = { volume: JSON.stringify(file.volumeName) };
          reportFieldRef(
            context,
            resource,
            file.item.fieldRef,
            [...file.apiPath, 'fieldRef'],
            VOLUME_FIELD_PATHS,
            volume,
          );
        }
      },
    };
  },
});
