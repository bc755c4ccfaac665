import { defineRule } from '../../engine/rule.js';
import { localPathErrors, volumeFiles } from './utils/volume-files.js';

export default defineRule({
  meta: {
    id: 'volumes/item-path-invalid',
    severity: 'error',
    origin: 'api-error',
    description:
      'A file a volume projects (items[].path, a downward API or token path) must be a relative path without "..".',
    fixable: true,
    podSpecFields: ['volumes'],
    source:
      'validateKeyToPath, validateDownwardAPIVolumeFile, validateProjectionSources → ValidateLocalNonReservedPath (pkg/apis/core/validation)',
    sources: [
      {
        package: 'k8s.io/kubernetes/pkg/apis/core/validation',
        function: 'ValidateLocalNonReservedPath',
        type: 'Invalid',
      },
      {
        package: 'k8s.io/kubernetes/pkg/apis/core/validation',
        function: 'validateLocalDescendingPath',
        type: 'Invalid',
      },
    ],
    messages: {
      invalid:
        "volume {{volume}} projects a file at {{value}}: {{reasons}}, so the API server refuses the object; write the path relative to the volume's mountPath{{hint}}",
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        for (const file of volumeFiles(site)) {
          const value = file.path;
          // An empty path is schema/required's finding.
          if (typeof value !== 'string' || value === '') continue;
          const reasons = localPathErrors(value);
          if (reasons.length === 0) continue;
          // Dropping the leading slashes is the only repair that keeps the author's intent.
          const stripped = value.replace(/^\/+/, '');
          const fixed =
            stripped !== value && stripped !== '' && localPathErrors(stripped).length === 0 && file.kind === 'key'
              ? stripped
              : undefined;
          context.report({
            resource,
            path: file.pathField,
            messageId: 'invalid',
            data: {
              volume: JSON.stringify(file.volumeName),
              value: JSON.stringify(value),
              reasons: reasons.join('; '),
              hint: fixed ? ` (${JSON.stringify(fixed)})` : '',
            },
            ...(fixed
              ? { fix: { description: `Write ${fixed}`, replaceValues: [{ path: file.pathField, value: fixed }] } }
              : {}),
          });
        }
      },
    };
  },
});
