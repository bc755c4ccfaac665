import { containersOf, describeContainer } from '../../model/containers.js';
import type { FieldPath } from '../../model/path.js';
import { asObject } from '../../model/values.js';
import { baselineRule, type BaselineCheck } from './utils/baseline-check.js';

function isUnconfined(securityContext: unknown): boolean {
  return asObject(asObject(securityContext)?.seccompProfile)?.type === 'Unconfined';
}

export const check: BaselineCheck = {
  source: { package: 'k8s.io/pod-security-admission/policy', function: 'seccompProfileBaseline_1_19' },
  what: 'the {{where}} sets seccompProfile.type: Unconfined',
  fix: 'use type: RuntimeDefault (or a Localhost profile), or run the pod in a namespace with a privileged level',
  violations: (site) => {
    const out: Array<{ path: FieldPath; data: Record<string, string> }> = [];
    if (isUnconfined(site.spec.securityContext)) out.push({ path: [...site.path, 'securityContext', 'seccompProfile', 'type'], data: { where: 'pod' } });
    for (const container of containersOf(site)) {
      if (isUnconfined(container.container.securityContext)) out.push({ path: [...container.path, 'securityContext', 'seccompProfile', 'type'], data: { where: describeContainer(container) } });
    }
    return out;
  },
};

export default baselineRule({
  id: 'podsecurity/seccomp-unconfined',
  description: 'In a namespace enforcing the baseline (or restricted) Pod Security Standard, seccompProfile.type may not be Unconfined.',
  help: [
    'A seccomp profile limits the system calls a container can make; `Unconfined` removes that limit. The baseline standard forbids setting `seccompProfile.type: Unconfined` on the pod or on any container, and PodSecurity admission refuses such a Pod (and the pods of such a template) in a namespace labelled `pod-security.kubernetes.io/enforce: baseline` or `restricted`. `RuntimeDefault` is the safe choice; `Localhost` names a custom profile.',
    '',
    'Bad:',
    '```yaml',
    'securityContext:',
    '  seccompProfile:',
    '    type: Unconfined',
    '```',
    'Good:',
    '```yaml',
    'securityContext:',
    '  seccompProfile:',
    '    type: RuntimeDefault',
    '```',
  ].join('\n'),
  check,
});
