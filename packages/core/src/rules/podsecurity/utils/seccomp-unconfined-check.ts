import { containersOf, describeContainer } from '../../../model/containers.js';
import type { FieldPath } from '../../../model/path.js';
import { asObject } from '../../../model/values.js';
import type { BaselineCheck } from './baseline-check.js';

function isUnconfined(securityContext: unknown): boolean {
  return asObject(asObject(securityContext)?.seccompProfile)?.type === 'Unconfined';
}

export const check: BaselineCheck = {
  id: 'seccompProfile_baseline',
  sinceMinor: 19,
  source: { package: 'k8s.io/pod-security-admission/policy', function: 'seccompProfileBaseline_1_19' },
  what: 'the {{where}} sets seccompProfile.type: Unconfined',
  fix: 'use type: RuntimeDefault (or a Localhost profile), or run the pod in a namespace with a privileged level',
  violations: (site) => {
    const out: Array<{ path: FieldPath; data: Record<string, string> }> = [];
    if (isUnconfined(site.spec.securityContext))
      out.push({ path: [...site.path, 'securityContext', 'seccompProfile', 'type'], data: { where: 'pod' } });
    for (const container of containersOf(site)) {
      if (isUnconfined(container.container.securityContext))
        out.push({
          path: [...container.path, 'securityContext', 'seccompProfile', 'type'],
          data: { where: describeContainer(container) },
        });
    }
    return out;
  },
};
