import { asObject } from '../../../model/values.js';
import type { BaselineCheck, BaselineViolation } from './baseline-check.js';
import { checkedContainers, podSecurityContext } from './security-contexts.js';

const ALLOWED_TYPES = ['RuntimeDefault', 'Localhost'];
const ANNOTATION_PREFIX = 'container.apparmor.security.beta.kubernetes.io/';

export const check: BaselineCheck = {
  id: 'appArmorProfile',
  source: { package: 'k8s.io/pod-security-admission/policy', function: 'appArmorProfile_1_0' },
  what: '{{who}} sets the AppArmor profile {{value}}',
  fix: 'use type RuntimeDefault or Localhost (or remove the profile), or run the pod in a namespace with a privileged level',
  violations: (site) => {
    const out: BaselineViolation[] = [];
    const contexts = [
      { ...podSecurityContext(site), who: 'the pod' },
      ...checkedContainers(site).map((container) => ({ ...container, who: container.name })),
    ];
    for (const { securityContext, path, who } of contexts) {
      const profile = asObject(securityContext.appArmorProfile);
      if (profile && !ALLOWED_TYPES.includes(String(profile.type)))
        out.push({
          path: [...path, 'appArmorProfile', 'type'],
          data: { who, value: JSON.stringify(profile.type ?? '') },
        });
    }
    for (const [key, value] of Object.entries(asObject(site.metadata?.annotations) ?? {})) {
      if (!key.startsWith(ANNOTATION_PREFIX) || typeof value !== 'string') continue;
      if (value === '' || value === 'runtime/default' || value.startsWith('localhost/')) continue;
      out.push({
        path: [...site.metadataPath, 'annotations', key],
        data: { who: `annotation ${key}`, value: JSON.stringify(value) },
      });
    }
    return out;
  },
};
