import { nodeInclusionPolicyRule } from './node-inclusion-policy.js';

export default nodeInclusionPolicyRule('nodeAffinityPolicy');
