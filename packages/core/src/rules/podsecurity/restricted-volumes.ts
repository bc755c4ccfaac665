import { baselineRule } from './utils/baseline-check.js';
import { check } from './utils/restricted-volumes-check.js';

export default baselineRule({
  id: 'podsecurity/restricted-volumes',
  description:
    'In a namespace enforcing the restricted Pod Security Standard, pods may use only ConfigMap, Secret, emptyDir, PVC, projected, CSI and similar volumes.',
  check,
});
