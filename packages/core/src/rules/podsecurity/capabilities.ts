import { baselineRule } from './utils/baseline-check.js';
import { check } from './utils/capabilities-check.js';

export default baselineRule({
  id: 'podsecurity/capabilities',
  description:
    'In a namespace enforcing the baseline (or restricted) Pod Security Standard, containers may add only the default capabilities.',
  check,
});
