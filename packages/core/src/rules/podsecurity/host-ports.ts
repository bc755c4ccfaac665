import { baselineRule } from './utils/baseline-check.js';
import { check } from './utils/host-ports-check.js';

export default baselineRule({
  id: 'podsecurity/host-ports',
  description: 'In a namespace enforcing the baseline (or restricted) Pod Security Standard, containers may not use host ports (hostNetwork sets them).',
  help: [
    'A host port binds the container to a port of the node\'s address. The baseline standard forbids any non-zero `hostPort`; PodSecurity admission refuses such a Pod, and the pods of such a template, in a namespace labelled `pod-security.kubernetes.io/enforce: baseline` or `restricted`. With `hostNetwork: true` the API server sets every `hostPort` to its `containerPort`, so those ports are refused too.',
    '',
    'Bad:',
    '```yaml',
    'ports:',
    '  - containerPort: 8080',
    '    hostPort: 8080',
    '```',
    'Good:',
    '```yaml',
    'ports:',
    '  - containerPort: 8080',
    '```',
  ].join('\n'),
  check,
});
