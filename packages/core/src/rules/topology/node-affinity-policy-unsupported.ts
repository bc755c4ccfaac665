import { nodeInclusionPolicyRule } from './utils/node-inclusion-policy.js';

export default nodeInclusionPolicyRule(
  'nodeAffinityPolicy',
  "decides whether the pod's nodeSelector and node affinity limit the nodes counted as domains: `Honor` (the default) counts only nodes the pod could run on, `Ignore` counts all nodes.",
  'honor',
);
