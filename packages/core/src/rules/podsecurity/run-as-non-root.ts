import { baselineRule } from './utils/baseline-check.js';
import { check } from './utils/run-as-non-root-check.js';

export default baselineRule({
  id: 'podsecurity/run-as-non-root',
  description:
    'In a namespace enforcing the restricted Pod Security Standard, the pod or every container must set runAsNonRoot: true.',
  check,
});
