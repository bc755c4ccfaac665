import { baselineRule } from './utils/baseline-check.js';
import { check } from './utils/seccomp-unconfined-check.js';

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
