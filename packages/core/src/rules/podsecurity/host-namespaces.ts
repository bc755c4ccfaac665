import { baselineRule } from './utils/baseline-check.js';
import { check } from './utils/host-namespaces-check.js';

export default baselineRule({
  id: 'podsecurity/host-namespaces',
  description: 'In a namespace enforcing the baseline (or restricted) Pod Security Standard, pods may not use hostNetwork, hostPID or hostIPC.',
  help: [
    'Sharing the node\'s network, process or IPC namespace lets a pod see and reach everything on the node. A namespace labelled `pod-security.kubernetes.io/enforce: baseline` (or `restricted`) forbids it: PodSecurity admission refuses such a Pod, and the pods of a workload with such a template (`violates PodSecurity "baseline:latest": host namespaces (hostNetwork=true)`). podlint knows the level of a namespace whose Namespace document is in the same file; workload templates get the warning of podsecurity/template-violates-baseline.',
    '',
    'Bad:',
    '```yaml',
    'metadata:',
    '  namespace: team-a   # enforce: baseline',
    'spec:',
    '  hostNetwork: true',
    '```',
    'Good:',
    '```yaml',
    'metadata:',
    '  namespace: team-a',
    'spec:',
    '  containers:',
    '    - name: web',
    '      ports: [{containerPort: 8080}]',
    '```',
  ].join('\n'),
  check,
});
