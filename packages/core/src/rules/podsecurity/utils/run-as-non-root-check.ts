import type { BaselineCheck, BaselineViolation } from './baseline-check.js';
import { checkedContainers, inUserNamespace, podSecurityContext } from './security-contexts.js';

export const check: BaselineCheck = {
  id: 'runAsNonRoot',
  level: 'restricted',
  source: { package: 'k8s.io/pod-security-admission/policy', function: 'runAsNonRoot1_35' },
  what: '{{who}} {{problem}}',
  fix: 'set securityContext.runAsNonRoot: true on the pod (and not false on any container), or run the pod in a namespace with a baseline level',
  violations: (site, minor) => {
    if (inUserNamespace(site, minor)) return [];
    const pod = podSecurityContext(site);
    const out: BaselineViolation[] = [];
    if (pod.securityContext.runAsNonRoot === false)
      out.push({
        path: [...pod.path, 'runAsNonRoot'],
        data: { who: 'the pod', problem: 'sets securityContext.runAsNonRoot: false' },
      });
    const podNonRoot = pod.securityContext.runAsNonRoot === true;
    for (const container of checkedContainers(site)) {
      const value = container.securityContext.runAsNonRoot;
      const path = [...container.path, 'runAsNonRoot'];
      if (value === false)
        out.push({ path, data: { who: container.name, problem: 'sets securityContext.runAsNonRoot: false' } });
      else if (value !== true && !podNonRoot)
        out.push({
          path,
          data: { who: container.name, problem: 'does not set securityContext.runAsNonRoot: true, nor does the pod' },
        });
    }
    return out;
  },
};
