import { defineRule } from '../../engine/rule.js';
import { goString, isSet } from '../../model/values.js';
import { spreadConstraints } from './utils/constraints.js';

export default defineRule({
  meta: {
    id: 'topology/min-domains-needs-do-not-schedule',
    severity: 'error',
    origin: 'api-error',
    description: 'minDomains only works with whenUnsatisfiable: DoNotSchedule.',
    fixable: false,
    podSpecFields: ['topologySpreadConstraints'],
    sources: [{ package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'validateMinDomains' }],
    messages: {
      minDomainsNeedsDoNotSchedule:
        'minDomains only affects a hard constraint, but whenUnsatisfiable is {{detail}}, so the API server refuses it (can only use minDomains if whenUnsatisfiable=DoNotSchedule, not {{when}}); remove minDomains, or set whenUnsatisfiable: DoNotSchedule',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        for (const { constraint, path } of spreadConstraints(site)) {
          const when = goString(constraint.whenUnsatisfiable);
          if (!isSet(constraint.minDomains) || when === undefined || when === 'DoNotSchedule') continue;
          context.report({
            resource,
            path: [...path, 'minDomains'],
            messageId: 'minDomainsNeedsDoNotSchedule',
            data: { detail: when === '' ? 'unset' : JSON.stringify(when), when },
          });
        }
      },
    };
  },
});
