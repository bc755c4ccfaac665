import { containersOf, describeContainer } from '../../../model/containers.js';
import { asObject } from '../../../model/values.js';
import type { BaselineCheck } from './baseline-check.js';

export const check: BaselineCheck = {
  id: 'privileged',
  source: { package: 'k8s.io/pod-security-admission/policy', function: 'privileged_1_0' },
  what: '{{container}} sets securityContext.privileged: true',
  fix: 'remove privileged (add only the capabilities it needs), or run it in a namespace with a privileged level',
  violations: (site) =>
    containersOf(site)
      .filter((container) => asObject(container.container.securityContext)?.privileged === true)
      .map((container) => ({
        path: [...container.path, 'securityContext', 'privileged'],
        data: { container: describeContainer(container) },
      })),
};
