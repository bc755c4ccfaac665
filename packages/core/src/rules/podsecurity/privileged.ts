import { baselineRule } from './utils/baseline-check.js';
import { check } from './utils/privileged-check.js';

export default baselineRule({
  id: 'podsecurity/privileged',
  description:
    'In a namespace enforcing the baseline (or restricted) Pod Security Standard, containers may not be privileged.',
  check,
});
