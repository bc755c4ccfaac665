import { defineRule } from '../../engine/rule.js';
import { isBuiltin, specOf } from '../../model/builtin.js';
import { ipFamily, isCIDR } from '../../model/ip.js';
import type { FieldPath } from '../../model/path.js';
import { asArray } from '../../model/values.js';

export default defineRule({
  meta: {
    id: 'node/pod-cidr-invalid',
    severity: 'error',
    origin: 'api-error',
    kinds: ['Node'],
    description: "A Node's podCIDR and podCIDRs are CIDRs (10.244.1.0/24), at most one per IP family.",
    fixable: false,
    sources: [{ package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'ValidateNode', type: 'Invalid' }],
    messages: {
      notCidr: '{{field}} "{{value}}" is not a CIDR (e.g. 10.244.1.0/24), so the API server refuses the Node',
      families:
        'podCIDRs holds {{count}} ranges; a Node has at most one per IP family (one IPv4 and one IPv6), so the API server refuses it',
    },
  },
  create(context) {
    return {
      resource(resource) {
        if (!isBuiltin(resource, '', ['Node'])) return;
        const spec = specOf(resource);
        const single = typeof spec?.podCIDR === 'string' ? spec.podCIDR : '';
        const list = asArray(spec?.podCIDRs).filter((value): value is string => typeof value === 'string');
        // Convert_v1_NodeSpec_To_core_NodeSpec: a podCIDR that differs from podCIDRs[0] replaces the list.
        const fromSingle = single !== '' && (list.length === 0 || list[0] !== single);
        const effective: Array<[string, FieldPath]> = fromSingle
          ? [[single, ['spec', 'podCIDR']]]
          : list.map((value, index) => [value, ['spec', 'podCIDRs', index]]);
        for (const [value, path] of effective)
          if (!isCIDR(value))
            context.report({
              resource,
              path,
              messageId: 'notCidr',
              data: {
                field: path
                  .join('.')
                  .replace(/\.(\d+)$/, '[$1]')
                  .replace(/^spec\./, ''),
                value,
              },
            });
        if (effective.length < 2 || !effective.every(([value]) => isCIDR(value))) return;
        const families = new Set(effective.map(([value]) => ipFamily(value)));
        if (effective.length > 2 || families.size < effective.length)
          context.report({
            resource,
            path: ['spec', 'podCIDRs'],
            messageId: 'families',
            data: { count: effective.length },
          });
      },
    };
  },
});
