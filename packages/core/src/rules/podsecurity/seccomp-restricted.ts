import { baselineRule } from './utils/baseline-check.js';
import { check } from './utils/seccomp-restricted-check.js';

export default baselineRule({
  id: 'podsecurity/seccomp-restricted',
  description:
    'In a namespace enforcing the restricted Pod Security Standard, the pod or every container must use a RuntimeDefault or Localhost seccomp profile.',
  check,
});
