import { baselineRule } from './utils/baseline-check.js';
import { check } from './utils/seccomp-unconfined-check.js';

export default baselineRule({
  id: 'podsecurity/seccomp-unconfined',
  description:
    'In a namespace enforcing the baseline (or restricted) Pod Security Standard, seccompProfile.type may not be Unconfined.',
  check,
});
