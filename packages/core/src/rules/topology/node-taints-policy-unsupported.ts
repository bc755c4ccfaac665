import { nodeInclusionPolicyRule } from './utils/node-inclusion-policy.js';

export default nodeInclusionPolicyRule('nodeTaintsPolicy');
