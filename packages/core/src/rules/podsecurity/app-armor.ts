import { baselineRule } from './utils/baseline-check.js';
import { check } from './utils/app-armor-check.js';

export default baselineRule({
  id: 'podsecurity/app-armor',
  description:
    'In a namespace enforcing the baseline (or restricted) Pod Security Standard, AppArmor profiles must be RuntimeDefault or Localhost.',
  check,
});
