import { containersOf, describeContainer } from '../../model/containers.js';
import { asObject } from '../../model/values.js';
import { baselineRule, type BaselineCheck } from './utils/baseline-check.js';

export const check: BaselineCheck = {
  source: { package: 'k8s.io/pod-security-admission/policy', function: 'privileged_1_0' },
  what: '{{container}} sets securityContext.privileged: true',
  fix: 'remove privileged (add only the capabilities it needs), or run it in a namespace with a privileged level',
  violations: (site) =>
    containersOf(site)
      .filter((container) => asObject(container.container.securityContext)?.privileged === true)
      .map((container) => ({ path: [...container.path, 'securityContext', 'privileged'], data: { container: describeContainer(container) } })),
};

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
