import { baselineRule } from './utils/baseline-check.js';
import { check } from './utils/se-linux-options-check.js';

export default baselineRule({
  id: 'podsecurity/se-linux-options',
  description:
    'In a namespace enforcing the baseline (or restricted) Pod Security Standard, seLinuxOptions may set only a container type.',
  check,
});
