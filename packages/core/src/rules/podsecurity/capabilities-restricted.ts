import { baselineRule } from './utils/baseline-check.js';
import { check } from './utils/capabilities-restricted-check.js';

export default baselineRule({
  id: 'podsecurity/capabilities-restricted',
  description:
    'In a namespace enforcing the restricted Pod Security Standard, containers must drop ALL capabilities and add back at most NET_BIND_SERVICE.',
  check,
});
