import { baselineRule } from './utils/baseline-check.js';
import { check } from './utils/host-path-volumes-check.js';

export default baselineRule({
  id: 'podsecurity/host-path-volumes',
  description:
    'In a namespace enforcing the baseline (or restricted) Pod Security Standard, pods may not mount hostPath volumes.',
  check,
});
