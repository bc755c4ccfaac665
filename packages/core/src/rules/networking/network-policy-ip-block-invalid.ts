import { defineRule } from '../../engine/rule.js';
import { isStrictSubnet, parseCIDR } from '../../model/ip.js';
import { asArray, asObject, preview } from '../../model/values.js';
import { networkPolicyRules } from './utils/network-policy.js';

export default defineRule({
  meta: {
    id: 'networking/network-policy-ip-block-invalid',
    severity: 'error',
    origin: 'api-error',
    description: 'An ipBlock needs a CIDR, and each except entry must be a CIDR strictly inside it.',
    fixable: false,
    kinds: ['NetworkPolicy'],
    sources: [
      { package: 'k8s.io/kubernetes/pkg/apis/networking/validation', function: 'ValidateIPBlock' },
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'IsValidCIDRForLegacyField' },
      { package: 'k8s.io/kubernetes/pkg/apis/networking/v1', function: 'Validate_IPBlock', field: 'cidr' },
    ],
    messages: {
      required:
        'this ipBlock has no cidr; the API server refuses it (Required value); add the block, e.g. cidr: 10.0.0.0/16',
      invalid:
        '{{value}} is not a CIDR (an address and a prefix length, e.g. 10.0.0.0/16); the API server refuses the NetworkPolicy (must be a valid CIDR value)',
      notSubset:
        'except {{value}} is not strictly inside cidr {{cidr}}; the API server refuses the NetworkPolicy (must be a strict subset of `cidr`); remove it, or write a smaller range inside the block',
    },
  },
  create(context) {
    return {
      resource(resource) {
        for (const rule of networkPolicyRules(resource)) {
          for (const { peer, path } of rule.peers) {
            const block = asObject(peer.ipBlock);
            if (!block) continue;
            const base = [...path, 'ipBlock'];
            const cidr = block.cidr;
            if (cidr === undefined || cidr === null || cidr === '') {
              context.report({ resource, path: [...base, 'cidr'], messageId: 'required' });
              continue;
            }
            if (typeof cidr !== 'string') continue;
            const outer = parseCIDR(cidr);
            if (!outer) {
              context.report({
                resource,
                path: [...base, 'cidr'],
                messageId: 'invalid',
                data: { value: preview(cidr) },
              });
              continue;
            }
            asArray(block.except).forEach((value, index) => {
              if (typeof value !== 'string') return;
              const inner = parseCIDR(value);
              const path = [...base, 'except', index];
              if (!inner) context.report({ resource, path, messageId: 'invalid', data: { value: preview(value) } });
              else if (!isStrictSubnet(inner, outer))
                context.report({
                  resource,
                  path,
                  messageId: 'notSubset',
                  data: { value: preview(value), cidr: preview(cidr) },
                });
            });
          }
        }
      },
    };
  },
});
