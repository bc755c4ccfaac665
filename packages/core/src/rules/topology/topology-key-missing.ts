import { defineRule } from '../../engine/rule.js';
import { goString } from '../../model/values.js';
import { spreadConstraints } from './utils/constraints.js';

export default defineRule({
  meta: {
    id: 'topology/topology-key-missing',
    severity: 'error',
    origin: 'api-error',
    description: 'A topology spread constraint needs a topologyKey.',
    fixable: false,
    podSpecFields: ['topologySpreadConstraints'],
    reportsSchemaProblems: [{ problems: ['required'], field: 'core.v1.TopologySpreadConstraint.topologyKey' }],
    sources: [{ package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'ValidateTopologyKey' }],
    messages: {
      topologyKeyMissing:
        'the constraint has no topologyKey, so there are no domains to spread over and the API server refuses it (can not be empty); set the node label to spread across, e.g. topology.kubernetes.io/zone or kubernetes.io/hostname',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        for (const { constraint, path } of spreadConstraints(site)) {
          if (goString(constraint.topologyKey) !== '') continue;
          context.report({
            resource,
            path: [...path, 'topologyKey'],
            messageId: 'topologyKeyMissing',
          });
        }
      },
    };
  },
});
