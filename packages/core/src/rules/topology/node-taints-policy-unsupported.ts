import { nodeInclusionPolicyRule } from './utils/node-inclusion-policy.js';

export default nodeInclusionPolicyRule(
  'nodeTaintsPolicy',
  'decides whether tainted nodes the pod does not tolerate are counted as domains: `Honor` leaves them out, `Ignore` (the default) counts every node.',
  'Respect',
);
