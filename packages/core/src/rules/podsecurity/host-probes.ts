import { baselineRule } from './utils/baseline-check.js';
import { check } from './utils/host-probes-check.js';

export default baselineRule({
  id: 'podsecurity/host-probes',
  description:
    'In a namespace enforcing the baseline (or restricted) Pod Security Standard, probes and lifecycle hooks may not name a host (from 1.34).',
  check,
});
