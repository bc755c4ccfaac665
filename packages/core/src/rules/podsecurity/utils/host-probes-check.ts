import { containersOf, describeContainer } from '../../../model/containers.js';
import { asObject } from '../../../model/values.js';
import type { BaselineCheck, BaselineViolation } from './baseline-check.js';

export const check: BaselineCheck = {
  id: 'hostProbesAndHostLifecycle',
  sinceMinor: 34,
  source: { package: 'k8s.io/pod-security-admission/policy', function: 'hostProbesAndHostLifecycleV1Dot34' },
  what: 'the {{handler}} of {{container}} sends to host {{host}}',
  fix: 'remove host (the check then reaches the pod itself), or run the pod in a namespace with a privileged level',
  violations: (site) =>
    containersOf(site).flatMap((container) => {
      const out: BaselineViolation[] = [];
      const handlers: Array<[string[], unknown]> = [
        [['livenessProbe'], container.container.livenessProbe],
        [['readinessProbe'], container.container.readinessProbe],
        [['startupProbe'], container.container.startupProbe],
        [['lifecycle', 'postStart'], asObject(container.container.lifecycle)?.postStart],
        [['lifecycle', 'preStop'], asObject(container.container.lifecycle)?.preStop],
      ];
      for (const [steps, handler] of handlers) {
        for (const action of ['httpGet', 'tcpSocket']) {
          const host = asObject(asObject(handler)?.[action])?.host;
          if (typeof host === 'string' && host !== '')
            out.push({
              path: [...container.path, ...steps, action, 'host'],
              data: {
                handler: `${steps.join('.')} ${action}`,
                container: describeContainer(container),
                host: JSON.stringify(host),
              },
            });
        }
      }
      return out;
    }),
};
