import { asObject } from '../../../model/values.js';
import type { BaselineCheck } from './baseline-check.js';
import { checkedContainers, podSecurityContext } from './security-contexts.js';

export const check: BaselineCheck = {
  id: 'windowsHostProcess',
  source: { package: 'k8s.io/pod-security-admission/policy', function: 'windowsHostProcess_1_0' },
  what: '{{who}} sets securityContext.windowsOptions.hostProcess: true',
  fix: 'remove hostProcess, or run the pod in a namespace with a privileged level',
  violations: (site) =>
    [
      { ...podSecurityContext(site), who: 'the pod' },
      ...checkedContainers(site).map((container) => ({ ...container, who: container.name })),
    ]
      .filter(({ securityContext }) => asObject(securityContext.windowsOptions)?.hostProcess === true)
      .map(({ path, who }) => ({ path: [...path, 'windowsOptions', 'hostProcess'], data: { who } })),
};
