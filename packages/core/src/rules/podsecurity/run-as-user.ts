import { baselineRule } from './utils/baseline-check.js';
import { check } from './utils/run-as-user-check.js';

export default baselineRule({
  id: 'podsecurity/run-as-user',
  description:
    'In a namespace enforcing the restricted Pod Security Standard, neither the pod nor a container may set runAsUser: 0.',
  check,
});
