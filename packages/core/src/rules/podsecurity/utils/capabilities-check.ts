import { containersOf, describeContainer } from '../../../model/containers.js';
import { asArray, asObject } from '../../../model/values.js';
import type { BaselineCheck } from './baseline-check.js';

/** The capabilities the baseline standard allows a container to add (the container runtime's defaults). */
const ALLOWED = new Set([
  'AUDIT_WRITE',
  'CHOWN',
  'DAC_OVERRIDE',
  'FOWNER',
  'FSETID',
  'KILL',
  'MKNOD',
  'NET_BIND_SERVICE',
  'SETFCAP',
  'SETGID',
  'SETPCAP',
  'SETUID',
  'SYS_CHROOT',
]);

export const check: BaselineCheck = {
  id: 'capabilities_baseline',
  source: { package: 'k8s.io/pod-security-admission/policy', function: 'capabilitiesBaseline_1_0' },
  what: '{{container}} adds the capability {{capability}}',
  fix: 'drop it from capabilities.add, or run the pod in a namespace with a privileged level',
  violations: (site) =>
    containersOf(site).flatMap((container) =>
      asArray(asObject(asObject(container.container.securityContext)?.capabilities)?.add).flatMap(
        (capability, index) =>
          typeof capability === 'string' && !ALLOWED.has(capability)
            ? [
                {
                  path: [...container.path, 'securityContext', 'capabilities', 'add', index],
                  data: { container: describeContainer(container), capability },
                },
              ]
            : [],
      ),
    ),
};
