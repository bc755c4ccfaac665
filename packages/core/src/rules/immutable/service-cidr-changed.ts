import { asArray } from '../../model/values.js';
import { immutableFieldsRule } from './utils/fields.js';

export default immutableFieldsRule({
  meta: {
    id: 'immutable/service-cidr-changed',
    description: "A ServiceCIDR's cidrs may not change, except a second CIDR added to make it dual-stack.",
    sources: [{ package: 'k8s.io/kubernetes/pkg/apis/networking/validation', function: 'ValidateServiceCIDRUpdate' }],
  },
  kinds: [{ kind: 'ServiceCIDR', groups: ['networking.k8s.io'] }],
  fields: [
    {
      path: ['spec', 'cidrs'],
      complaint: 'field is immutable',
      // One CIDR may gain a second (single- to dual-stack); otherwise each entry stays as it was.
      compare: (old, next, path) => {
        const before = asArray(old);
        const after = asArray(next);
        if (before.length === after.length)
          return before.flatMap((value, i) =>
            value === after[i] ? [] : [{ path: [...path, i], old: value, new: after[i] }],
          );
        if (before.length === 1 && after.length === 2)
          return before[0] === after[0] ? [] : [{ path: [...path, 0], old: before[0], new: after[0] }];
        return [{ path, old, new: next }];
      },
    },
  ],
  wayOut: () => 'create a new ServiceCIDR with the new ranges, and delete this one once no Service uses its addresses',
});
