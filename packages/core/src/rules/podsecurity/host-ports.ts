import { baselineRule } from './utils/baseline-check.js';
import { check } from './utils/host-ports-check.js';

export default baselineRule({
  id: 'podsecurity/host-ports',
  description:
    'In a namespace enforcing the baseline (or restricted) Pod Security Standard, containers may not use host ports (hostNetwork sets them).',
  check,
});
