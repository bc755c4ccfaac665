import { defineRule } from '../../engine/rule.js';
import { asArray, asObject, objectEntries, preview, quoteList } from '../../model/values.js';
import { compareVersions } from '../../release/versions.js';

const STORAGE_VALIDATION = 'k8s.io/kubernetes/pkg/apis/storage/validation';
const FS_GROUP_POLICIES = ['File', 'None', 'ReadWriteOnceWithFSType'];
const LIFECYCLE_MODES = ['Persistent', 'Ephemeral'];
const MIN_TOKEN_SECONDS = 600;
const MAX_TOKEN_SECONDS = 2 ** 32;

export default defineRule({
  meta: {
    id: 'storage/csi-driver-spec-invalid',
    severity: 'error',
    origin: 'api-error',
    kinds: ['CSIDriver'],
    description:
      'A CSIDriver’s fsGroupPolicy, volumeLifecycleModes, token requests and update period must be values the API server supports.',
    fixable: false,
    sources: [
      { package: STORAGE_VALIDATION, function: 'validateFSGroupPolicy' },
      { package: STORAGE_VALIDATION, function: 'validateVolumeLifecycleModes' },
      { package: STORAGE_VALIDATION, function: 'validateTokenRequests' },
      { package: STORAGE_VALIDATION, function: 'validateServiceAccountTokenInSecrets' },
      { package: STORAGE_VALIDATION, function: 'validateNodeAllocatableUpdatePeriodSeconds' },
    ],
    messages: {
      fsGroupPolicy:
        'fsGroupPolicy {{value}} is not supported, so the API server refuses the CSIDriver; use one of {{allowed}}',
      lifecycleMode:
        'volume lifecycle mode {{value}} is not supported, so the API server refuses the CSIDriver; use one of {{allowed}}',
      duplicateAudience:
        'a second token request for audience {{audience}}: each audience gets one token, so the API server refuses the CSIDriver; remove the duplicate',
      tokenTooShort:
        'a token that expires after {{value}} seconds is shorter than the 10 minutes the API server allows, so it refuses the CSIDriver; use 600 or more',
      tokenTooLong:
        'a token that expires after {{value}} seconds is longer than the 2^32 seconds the API server allows, so it refuses the CSIDriver',
      secretsWithoutTokens:
        'serviceAccountTokenInSecrets is set but the driver requests no tokens (tokenRequests), so the API server refuses the CSIDriver; remove it, or add tokenRequests',
      updatePeriod:
        'nodeAllocatableUpdatePeriodSeconds is {{value}}, but the kubelet updates allocatable counts at most every 10 seconds, so the API server refuses the CSIDriver; use 10 or more',
    },
  },
  create(context) {
    // Before 1.35 these fields' features are off by default and the API server drops them.
    const newFieldsChecked = compareVersions(context.kubernetesVersion, '1.35') >= 0;
    return {
      resource(resource) {
        if (resource.group !== 'storage.k8s.io' || resource.kind !== 'CSIDriver') return;
        const spec = asObject(resource.object.spec);
        if (!spec) return;
        const fsGroupPolicy = spec.fsGroupPolicy;
        if (typeof fsGroupPolicy === 'string' && !FS_GROUP_POLICIES.includes(fsGroupPolicy))
          context.report({
            resource,
            path: ['spec', 'fsGroupPolicy'],
            messageId: 'fsGroupPolicy',
            data: { value: preview(fsGroupPolicy), allowed: quoteList(FS_GROUP_POLICIES) },
          });
        asArray(spec.volumeLifecycleModes).forEach((mode, index) => {
          if (typeof mode === 'string' && !LIFECYCLE_MODES.includes(mode))
            context.report({
              resource,
              path: ['spec', 'volumeLifecycleModes', index],
              messageId: 'lifecycleMode',
              data: { value: preview(mode), allowed: quoteList(LIFECYCLE_MODES) },
            });
        });
        const audiences = new Set<string>();
        for (const [index, request] of objectEntries(spec.tokenRequests)) {
          const audience = typeof request.audience === 'string' ? request.audience : '';
          const path = ['spec', 'tokenRequests', index];
          if (audiences.has(audience)) {
            context.report({
              resource,
              path: [...path, 'audience'],
              messageId: 'duplicateAudience',
              data: { audience: JSON.stringify(audience) },
            });
            continue;
          }
          audiences.add(audience);
          const seconds = request.expirationSeconds;
          if (typeof seconds !== 'number') continue;
          if (seconds < MIN_TOKEN_SECONDS)
            context.report({
              resource,
              path: [...path, 'expirationSeconds'],
              messageId: 'tokenTooShort',
              data: { value: seconds },
            });
          if (seconds > MAX_TOKEN_SECONDS)
            context.report({
              resource,
              path: [...path, 'expirationSeconds'],
              messageId: 'tokenTooLong',
              data: { value: seconds },
            });
        }
        if (!newFieldsChecked) return;
        const inSecrets = spec.serviceAccountTokenInSecrets;
        if (inSecrets !== undefined && inSecrets !== null && asArray(spec.tokenRequests).length === 0)
          context.report({
            resource,
            path: ['spec', 'serviceAccountTokenInSecrets'],
            messageId: 'secretsWithoutTokens',
          });
        const period = spec.nodeAllocatableUpdatePeriodSeconds;
        if (typeof period === 'number' && period < 10)
          context.report({
            resource,
            path: ['spec', 'nodeAllocatableUpdatePeriodSeconds'],
            messageId: 'updatePeriod',
            data: { value: period },
          });
      },
    };
  },
});
