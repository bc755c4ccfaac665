import { baselineRule } from './utils/baseline-check.js';
import { check } from './utils/proc-mount-check.js';

export default baselineRule({
  id: 'podsecurity/proc-mount',
  description:
    'In a namespace enforcing the baseline (or restricted) Pod Security Standard, containers may not set an unmasked procMount.',
  check,
});
