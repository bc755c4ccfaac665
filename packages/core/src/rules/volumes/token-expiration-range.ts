import { defineRule } from '../../engine/rule.js';
import { asObject, objectEntries } from '../../model/values.js';
import { podVolumes } from './utils/volume-files.js';

const MIN_SECONDS = 600;
const MAX_SECONDS = 2 ** 32;

export default defineRule({
  meta: {
    id: 'volumes/token-expiration-range',
    severity: 'error',
    origin: 'api-error',
    description: 'A projected service account token must expire after 10 minutes to 2^32 seconds.',
    fixable: true,
    podSpecFields: ['volumes'],
    source: 'validateProjectionSources (pkg/apis/core/validation)',
    sources: [
      {
        package: 'k8s.io/kubernetes/pkg/apis/core/validation',
        function: 'validateProjectionSources',
        type: 'Invalid',
        field: 'expirationSeconds',
      },
    ],
    messages: {
      tooShort:
        'the service account token of volume {{volume}} expires after {{seconds}} seconds; the API server refuses less than 600 (10 minutes)',
      tooLong:
        'the service account token of volume {{volume}} expires after {{seconds}} seconds; the API server refuses more than 2^32',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        for (const { volume, path, name } of podVolumes(site)) {
          for (const [index, source] of objectEntries(asObject(volume.projected)?.sources)) {
            const seconds = asObject(source.serviceAccountToken)?.expirationSeconds;
            if (typeof seconds !== 'number' || (seconds >= MIN_SECONDS && seconds <= MAX_SECONDS)) continue;
            const secondsPath = [...path, 'projected', 'sources', index, 'serviceAccountToken', 'expirationSeconds'];
            const short = seconds < MIN_SECONDS;
            context.report({
              resource,
              path: secondsPath,
              messageId: short ? 'tooShort' : 'tooLong',
              data: { volume: JSON.stringify(name), seconds },
              // Raising a positive duration to the minimum keeps the author's intent of a short-lived token.
              ...(short && seconds > 0
                ? {
                    fix: {
                      description: `Set expirationSeconds to ${MIN_SECONDS}`,
                      replaceValues: [{ path: secondsPath, value: MIN_SECONDS }],
                    },
                  }
                : {}),
            });
          }
        }
      },
    };
  },
});
