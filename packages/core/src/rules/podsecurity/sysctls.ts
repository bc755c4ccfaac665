import { baselineRule } from './utils/baseline-check.js';
import { check } from './utils/sysctls-check.js';

export default baselineRule({
  id: 'podsecurity/sysctls',
  description:
    'In a namespace enforcing the baseline (or restricted) Pod Security Standard, pods may set only the safe sysctls.',
  check,
});
