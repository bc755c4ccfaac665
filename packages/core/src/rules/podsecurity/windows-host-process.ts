import { baselineRule } from './utils/baseline-check.js';
import { check } from './utils/windows-host-process-check.js';

export default baselineRule({
  id: 'podsecurity/windows-host-process',
  description:
    'In a namespace enforcing the baseline (or restricted) Pod Security Standard, pods may not run Windows HostProcess containers.',
  check,
});
