import { baselineRule } from './utils/baseline-check.js';
import { check } from './utils/host-path-volumes-check.js';

export default baselineRule({
  id: 'podsecurity/host-path-volumes',
  description: 'In a namespace enforcing the baseline (or restricted) Pod Security Standard, pods may not mount hostPath volumes.',
  help: [
    'A hostPath volume gives the pod a directory of the node\'s file system, from which it can read secrets of other pods or take over the node. A namespace labelled `pod-security.kubernetes.io/enforce: baseline` (or `restricted`) forbids it: PodSecurity admission refuses such a Pod, and the pods of such a template.',
    '',
    'Bad:',
    '```yaml',
    'volumes:',
    '  - name: logs',
    '    hostPath: {path: /var/log}',
    '```',
    'Good:',
    '```yaml',
    'volumes:',
    '  - name: logs',
    '    emptyDir: {}',
    '```',
  ].join('\n'),
  check,
});
