import type { BaselineCheck } from './baseline-check.js';
import { checkedContainers, isWindowsPod } from './security-contexts.js';

export const check: BaselineCheck = {
  id: 'allowPrivilegeEscalation',
  level: 'restricted',
  source: { package: 'k8s.io/pod-security-admission/policy', function: 'allowPrivilegeEscalation_1_25' },
  what: '{{container}} does not set securityContext.allowPrivilegeEscalation: false',
  fix: 'set allowPrivilegeEscalation: false in its securityContext, or run the pod in a namespace with a baseline level',
  violations: (site, minor) =>
    isWindowsPod(site, minor)
      ? []
      : checkedContainers(site)
          .filter((container) => container.securityContext.allowPrivilegeEscalation !== false)
          .map((container) => ({
            path: [...container.path, 'allowPrivilegeEscalation'],
            data: { container: container.name },
          })),
};
