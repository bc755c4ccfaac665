import { asArray, asObject } from '../../../model/values.js';
import type { BaselineCheck, BaselineViolation } from './baseline-check.js';
import { checkedContainers, isWindowsPod } from './security-contexts.js';

export const check: BaselineCheck = {
  id: 'capabilities_restricted',
  level: 'restricted',
  sinceMinor: 22,
  source: { package: 'k8s.io/pod-security-admission/policy', function: 'capabilitiesRestricted_1_25' },
  what: '{{container}} {{problem}}',
  fix: 'drop ALL capabilities and add back at most NET_BIND_SERVICE, or run the pod in a namespace with a baseline level',
  violations: (site, minor) =>
    isWindowsPod(site, minor)
      ? []
      : checkedContainers(site).flatMap((container): BaselineViolation[] => {
          const capabilities = asObject(container.securityContext.capabilities);
          const path = [...container.path, 'capabilities'];
          const out: BaselineViolation[] = [];
          if (!asArray(capabilities?.drop).includes('ALL'))
            out.push({
              path: [...path, 'drop'],
              data: { container: container.name, problem: 'does not set securityContext.capabilities.drop: ["ALL"]' },
            });
          asArray(capabilities?.add).forEach((capability, index) => {
            if (capability !== 'NET_BIND_SERVICE')
              out.push({
                path: [...path, 'add', index],
                data: { container: container.name, problem: `adds the capability ${String(capability)}` },
              });
          });
          return out;
        }),
};
