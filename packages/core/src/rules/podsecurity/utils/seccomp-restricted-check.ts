import { asObject } from '../../../model/values.js';
import type { BaselineCheck, BaselineViolation } from './baseline-check.js';
import { checkedContainers, isWindowsPod, podSecurityContext } from './security-contexts.js';

const ALLOWED = ['RuntimeDefault', 'Localhost'];

export const check: BaselineCheck = {
  id: 'seccompProfile_restricted',
  level: 'restricted',
  sinceMinor: 19,
  source: { package: 'k8s.io/pod-security-admission/policy', function: 'seccompProfileRestricted_1_25' },
  what: '{{who}} {{problem}}',
  fix: 'set securityContext.seccompProfile.type: RuntimeDefault (or Localhost) on the pod, or run it in a namespace with a baseline level',
  violations: (site, minor) => {
    if (isWindowsPod(site, minor)) return [];
    const pod = podSecurityContext(site);
    const out: BaselineViolation[] = [];
    const podProfile = asObject(pod.securityContext.seccompProfile);
    if (podProfile && !ALLOWED.includes(String(podProfile.type)))
      out.push({
        path: [...pod.path, 'seccompProfile', 'type'],
        data: { who: 'the pod', problem: `sets seccompProfile.type ${JSON.stringify(podProfile.type ?? '')}` },
      });
    const podSet = podProfile !== undefined && ALLOWED.includes(String(podProfile.type));
    for (const container of checkedContainers(site)) {
      const profile = asObject(container.securityContext.seccompProfile);
      const path = [...container.path, 'seccompProfile', 'type'];
      if (profile && !ALLOWED.includes(String(profile.type)))
        out.push({
          path,
          data: { who: container.name, problem: `sets seccompProfile.type ${JSON.stringify(profile.type ?? '')}` },
        });
      else if (!profile && !podSet)
        out.push({
          path,
          data: {
            who: container.name,
            problem: 'has no seccompProfile of type RuntimeDefault or Localhost, nor has the pod',
          },
        });
    }
    return out;
  },
};
