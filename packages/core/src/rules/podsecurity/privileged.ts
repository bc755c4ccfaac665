import { baselineRule } from './utils/baseline-check.js';
import { check } from './utils/privileged-check.js';

export default baselineRule({
  id: 'podsecurity/privileged',
  description: 'In a namespace enforcing the baseline (or restricted) Pod Security Standard, containers may not be privileged.',
  help: [
    'A privileged container has every capability and the node\'s devices: it is root on the node. A namespace labelled `pod-security.kubernetes.io/enforce: baseline` (or `restricted`) forbids `securityContext.privileged: true` on any container, init container or ephemeral container; PodSecurity admission refuses such a Pod and the pods of such a template.',
    '',
    'Bad:',
    '```yaml',
    'securityContext:',
    '  privileged: true',
    '```',
    'Good:',
    '```yaml',
    'securityContext:',
    '  capabilities:',
    '    add: [NET_BIND_SERVICE]',
    '```',
  ].join('\n'),
  check,
});
