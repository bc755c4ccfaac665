import { baselineRule } from './utils/baseline-check.js';
import { check } from './utils/allow-privilege-escalation-check.js';

export default baselineRule({
  id: 'podsecurity/allow-privilege-escalation',
  description:
    'In a namespace enforcing the restricted Pod Security Standard, every container must set allowPrivilegeEscalation: false.',
  check,
});
