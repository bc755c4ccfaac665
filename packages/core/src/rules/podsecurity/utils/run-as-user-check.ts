import type { BaselineCheck, BaselineViolation } from './baseline-check.js';
import { checkedContainers, inUserNamespace, podSecurityContext } from './security-contexts.js';

export const check: BaselineCheck = {
  id: 'runAsUser',
  level: 'restricted',
  sinceMinor: 23,
  source: { package: 'k8s.io/pod-security-admission/policy', function: 'runAsUser1_35' },
  what: '{{who}} sets securityContext.runAsUser: 0 (root)',
  fix: 'run as a non-zero user id, or run the pod in a namespace with a baseline level',
  violations: (site, minor) => {
    if (inUserNamespace(site, minor)) return [];
    const pod = podSecurityContext(site);
    const out: BaselineViolation[] = [];
    if (pod.securityContext.runAsUser === 0) out.push({ path: [...pod.path, 'runAsUser'], data: { who: 'the pod' } });
    for (const container of checkedContainers(site))
      if (container.securityContext.runAsUser === 0)
        out.push({ path: [...container.path, 'runAsUser'], data: { who: container.name } });
    return out;
  },
};
