import { defineRule } from '../../engine/rule.js';
import { asObject, isSet } from '../../model/values.js';
import { securityContextsOf } from '../../model/security-contexts.js';

export default defineRule({
  meta: {
    id: 'security/profile-localhost-mismatch',
    severity: 'error',
    origin: 'api-error',
    description: 'A seccomp or AppArmor profile sets localhostProfile exactly when its type is Localhost.',
    fixable: false,
    containerFields: ['securityContext'],
    podSpecFields: ['securityContext'],
    source: 'validateSeccompProfileField, ValidateAppArmorProfileField (pkg/apis/core/validation)',
    sources: [
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'validateSeccompProfileField' },
      {
        package: 'k8s.io/kubernetes/pkg/apis/core/validation',
        function: 'ValidateAppArmorProfileField',
        field: 'localhostProfile',
      },
    ],
    messages: {
      missing:
        '{{profile}} of {{owner}} has type Localhost but no localhostProfile, so the API server refuses the object; name the profile file, or use type RuntimeDefault',
      unexpected:
        '{{profile}} of {{owner}} sets localhostProfile with type {{type}}; it only means something with type Localhost, so the API server refuses the object; set type: Localhost, or remove localhostProfile',
      path: "seccompProfile.localhostProfile {{value}} of {{owner}} {{reason}}, so the API server refuses the object; write the path relative to the kubelet's seccomp profile directory",
      padded:
        'appArmorProfile.localhostProfile {{value}} of {{owner}} is padded with whitespace, which the API server refuses; remove the spaces',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        for (const security of securityContextsOf(site)) {
          for (const profileField of ['seccompProfile', 'appArmorProfile'] as const) {
            const profile = asObject(security.context[profileField]);
            // An absent or unknown type is schema/required's and schema/enum's finding.
            if (!profile || typeof profile.type !== 'string' || profile.type === '') continue;
            const localPath = [...security.path, profileField, 'localhostProfile'];
            const local = profile.localhostProfile;
            const data = { profile: profileField, owner: security.owner, type: profile.type };
            if (profile.type === 'Localhost') {
              if (!isSet(local)) context.report({ resource, path: localPath, messageId: 'missing', data });
              else if (typeof local === 'string') {
                if (profileField === 'seccompProfile' && (local.startsWith('/') || local.split('/').includes('..'))) {
                  context.report({
                    resource,
                    path: localPath,
                    messageId: 'path',
                    data: {
                      ...data,
                      value: JSON.stringify(local),
                      reason: local.startsWith('/') ? 'is an absolute path' : "contains '..'",
                    },
                  });
                }
                if (profileField === 'appArmorProfile' && local.trim() !== local)
                  context.report({
                    resource,
                    path: localPath,
                    messageId: 'padded',
                    data: { ...data, value: JSON.stringify(local) },
                  });
              }
            } else if (isSet(local) && ['RuntimeDefault', 'Unconfined'].includes(profile.type)) {
              context.report({ resource, path: localPath, messageId: 'unexpected', data });
            }
          }
        }
      },
    };
  },
});
