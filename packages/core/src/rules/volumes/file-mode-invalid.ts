import { defineRule } from '../../engine/rule.js';
import { fileModes } from './utils/volume-files.js';

const MAX_MODE = 0o777;

export default defineRule({
  meta: {
    id: 'volumes/file-mode-invalid',
    severity: 'error',
    origin: 'api-error',
    description: "A volume's defaultMode and a file's mode must be between 0 and 0777 (octal).",
    fixable: true,
    podSpecFields: ['volumes'],
    source:
      'validateConfigMapVolumeSource, validateSecretVolumeSource, validateDownwardAPIVolumeSource, validateProjectedVolumeSource, validateKeyToPath (pkg/apis/core/validation)',
    sources: [
      {
        package: 'k8s.io/kubernetes/pkg/apis/core/validation',
        function: 'validateConfigMapVolumeSource',
        type: 'Invalid',
        field: 'defaultMode',
      },
      {
        package: 'k8s.io/kubernetes/pkg/apis/core/validation',
        function: 'validateSecretVolumeSource',
        type: 'Invalid',
        field: 'defaultMode',
      },
      {
        package: 'k8s.io/kubernetes/pkg/apis/core/validation',
        function: 'validateDownwardAPIVolumeSource',
        type: 'Invalid',
        field: 'defaultMode',
      },
      {
        package: 'k8s.io/kubernetes/pkg/apis/core/validation',
        function: 'validateProjectedVolumeSource',
        type: 'Invalid',
        field: 'defaultMode',
      },
      {
        package: 'k8s.io/kubernetes/pkg/apis/core/validation',
        function: 'validateKeyToPath',
        type: 'Invalid',
        field: 'mode',
      },
      {
        package: 'k8s.io/kubernetes/pkg/apis/core/validation',
        function: 'validateDownwardAPIVolumeFile',
        type: 'Invalid',
        field: 'mode',
      },
    ],
    messages: {
      outOfRange:
        'volume {{volume}} sets file permissions {{value}}, outside 0 to 0777 (octal; 511 in decimal), so the API server refuses the object{{hint}}',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        for (const mode of fileModes(site)) {
          // A non-integer is schema/type's finding.
          if (
            typeof mode.value !== 'number' ||
            !Number.isInteger(mode.value) ||
            (mode.value >= 0 && mode.value <= MAX_MODE)
          )
            continue;
          // 644 written without the leading zero: the digits are octal digits and their octal value is in range.
          const digits = String(mode.value);
          const octal = /^[0-7]{3}$/.test(digits) ? parseInt(digits, 8) : undefined;
          const hint =
            octal === undefined
              ? ''
              : `; ${digits} is decimal here: for the permissions ${digits} write 0${digits} (YAML octal) or ${octal}`;
          context.report({
            resource,
            path: mode.apiPath,
            messageId: 'outOfRange',
            data: { volume: JSON.stringify(mode.volumeName), value: digits, hint },
            ...(octal === undefined
              ? {}
              : {
                  fix: {
                    description: `Write ${octal} (octal 0${digits})`,
                    replaceValues: [{ path: mode.apiPath, value: octal }],
                  },
                }),
          });
        }
      },
    };
  },
});
