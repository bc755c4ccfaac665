import { defineRule } from '../../engine/rule.js';
import { asObject, quoteList } from '../../model/values.js';
import { fieldPathProblem } from '../../schema/downward-api-field-paths.js';
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
          const fieldRef = asObject(file.item.fieldRef);
          if (!fieldRef) continue;
          const apiVersion = fieldRef.apiVersion ?? 'v1';
          const fieldPath = fieldRef.fieldPath;
          if (typeof apiVersion !== 'string' || typeof fieldPath !== 'string' || fieldPath === '') continue;
          const problem = fieldPathProblem(apiVersion === '' ? 'v1' : apiVersion, fieldPath, VOLUME_FIELD_PATHS);
          if (!problem) continue;
          const refPath = [...file.apiPath, 'fieldRef'];
          const data = {
            volume: JSON.stringify(file.volumeName),
            fieldPath: JSON.stringify(fieldPath),
            allowed: quoteList(VOLUME_FIELD_PATHS),
          };
          if (problem.kind === 'subscript')
            context.report({
              resource,
              path: refPath,
              messageId: 'subscript',
              data: { ...data, reasons: problem.reasons.join('; ') },
            });
          else if (problem.kind === 'unknown')
            context.report({
              resource,
              path: [...refPath, 'fieldPath'],
              messageId: 'unknown',
              data: { ...data, detail: problem.detail },
            });
          else context.report({ resource, path: [...refPath, 'fieldPath'], messageId: 'unsupported', data });
        }
      },
    };
  },
});
