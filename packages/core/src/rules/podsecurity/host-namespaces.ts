import { baselineRule } from './utils/baseline-check.js';
import { check } from './utils/host-namespaces-check.js';

export default baselineRule({
  id: 'podsecurity/host-namespaces',
  description:
    'In a namespace enforcing the baseline (or restricted) Pod Security Standard, pods may not use hostNetwork, hostPID or hostIPC.',
  check,
});
