import { defineRule } from '../../engine/rule.js';
import { isSet } from '../../model/values.js';
import { networkPolicyRules } from './utils/network-policy.js';

export default defineRule({
  meta: {
    id: 'networking/network-policy-peer-invalid',
    severity: 'error',
    origin: 'api-error',
    description: 'A NetworkPolicy peer needs podSelector, namespaceSelector or ipBlock, and ipBlock stands alone.',
    fixable: false,
    kinds: ['NetworkPolicy'],
    sources: [
      {
        package: 'k8s.io/kubernetes/pkg/apis/networking/validation',
        function: 'ValidateNetworkPolicyPeer',
        type: 'Required',
      },
      {
        package: 'k8s.io/kubernetes/pkg/apis/networking/validation',
        function: 'ValidateNetworkPolicyPeer',
        type: 'Forbidden',
      },
    ],
    messages: {
      required:
        'this peer names no pods, namespaces or addresses; the API server refuses it (must specify a peer); add podSelector, namespaceSelector or ipBlock (an empty selector {} selects all)',
      ipBlockAlone:
        'this peer combines ipBlock with a selector; the API server refuses it (may not specify both ipBlock and another peer); put the ipBlock in an entry of its own',
    },
  },
  create(context) {
    return {
      resource(resource) {
        for (const rule of networkPolicyRules(resource)) {
          for (const { peer, path } of rule.peers) {
            const kinds = ['podSelector', 'namespaceSelector', 'ipBlock'].filter((key) => isSet(peer[key]));
            if (kinds.length === 0) context.report({ resource, path, messageId: 'required' });
            else if (kinds.length > 1 && kinds.includes('ipBlock'))
              context.report({ resource, path, messageId: 'ipBlockAlone' });
          }
        }
      },
    };
  },
});
