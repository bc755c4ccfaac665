import { isCIDR } from '../../model/ip.js';
import { defineRule } from '../../engine/rule.js';
import type { FieldPath } from '../../model/path.js';
import { asArray, asObject } from '../../model/values.js';
import { serviceView } from './utils/service-spec.js';

const ANNOTATION = 'service.beta.kubernetes.io/load-balancer-source-ranges';

/** Even the lenient parser of releases before 1.36 refuses it (1.36 and later refuse more, which podlint does not claim). */
const isUnparsableCidr = (value: string): boolean => !isCIDR(value);

export default defineRule({
  meta: {
    id: 'service/source-range-invalid',
    severity: 'error',
    origin: 'api-error',
    kinds: ['Service'],
    description:
      'loadBalancerSourceRanges and the load-balancer-source-ranges annotation must hold CIDRs such as 10.0.0.0/8.',
    fixable: false,
    source: 'validateService with IsValidCIDRForLegacyField (pkg/apis/core/validation)',
    // The CIDR checks validateService makes through IsValidCIDRForLegacyField (its Invalid call
    // sites are clusterIPs' and the topology annotations', which other rules mirror).
    sources: [{ package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'IsValidCIDRForLegacyField' }],
    messages: {
      invalid:
        '"{{value}}" is not a CIDR (an address and a prefix length, e.g. 10.0.0.0/8), so the API server refuses the Service{{hint}}',
    },
  },
  create(context) {
    return {
      resource(resource) {
        const view = serviceView(resource);
        if (!view) return;
        const report = (path: FieldPath, value: string): void =>
          context.report({
            resource,
            path,
            messageId: 'invalid',
            data: {
              value,
              hint:
                value.includes('$') || value.includes('{{')
                  ? '; it looks like a template variable that was never substituted'
                  : '',
            },
          });
        const ranges = asArray(view.spec.loadBalancerSourceRanges);
        if (ranges.length > 0) {
          ranges.forEach((range, index) => {
            if (typeof range === 'string' && isUnparsableCidr(range.trim()))
              report(['spec', 'loadBalancerSourceRanges', index], range);
          });
          return;
        }
        const annotation = asObject(asObject(resource.object.metadata)?.annotations)?.[ANNOTATION];
        if (typeof annotation !== 'string' || annotation.trim() === '') return;
        const bad = annotation
          .trim()
          .split(',')
          .map((value) => value.trim())
          .find(isUnparsableCidr);
        if (bad !== undefined) report(['metadata', 'annotations', ANNOTATION], bad);
      },
    };
  },
});
