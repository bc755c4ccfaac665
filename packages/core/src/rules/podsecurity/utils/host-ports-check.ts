import { containersOf, describeContainer } from '../../../model/containers.js';
import { objectEntries } from '../../../model/values.js';
import type { BaselineCheck, BaselineViolation } from './baseline-check.js';

export const check: BaselineCheck = {
  id: 'hostPorts',
  source: { package: 'k8s.io/pod-security-admission/policy', function: 'hostPorts_1_0' },
  what: '{{container}} uses host port {{port}}',
  fix: 'remove hostPort and reach the pod through a Service, or run it in a namespace with a privileged level',
  violations: (site) =>
    containersOf(site).flatMap((container) =>
      objectEntries(container.container.ports).flatMap(([index, port]): BaselineViolation[] => {
        const path = [...container.path, 'ports', index];
        const data = { container: describeContainer(container) };
        if (typeof port.hostPort === 'number' && port.hostPort !== 0)
          return [{ path: [...path, 'hostPort'], data: { ...data, port: String(port.hostPort) } }];
        // hostNetwork defaults an unset hostPort to the containerPort.
        const defaulted =
          site.spec.hostNetwork === true &&
          (port.hostPort === undefined || port.hostPort === null) &&
          typeof port.containerPort === 'number' &&
          port.containerPort !== 0;
        return defaulted
          ? [
              {
                path: [...path, 'containerPort'],
                data: { ...data, port: `${String(port.containerPort)} (set by hostNetwork)` },
              },
            ]
          : [];
      }),
    ),
};
