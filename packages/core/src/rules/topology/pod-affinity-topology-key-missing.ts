import { defineRule } from '../../engine/rule.js';
import { goString } from '../../model/values.js';
import { affinityTerms, describeTerm } from './utils/affinity-terms.js';

export default defineRule({
  meta: {
    id: 'topology/pod-affinity-topology-key-missing',
    severity: 'error',
    origin: 'api-error',
    description: 'A pod affinity or anti-affinity term needs a topologyKey.',
    fixable: false,
    podSpecFields: ['affinity'],
    reportsSchemaProblems: [{ problems: ['required'], field: 'core.v1.PodAffinityTerm.topologyKey' }],
    sources: [{ package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'validatePodAffinityTerm' }],
    messages: {
      podAffinityTopologyKeyMissing:
        '{{term}} has no topologyKey, so "the same node or zone" is undefined and the API server refuses it (can not be empty); set topologyKey, e.g. kubernetes.io/hostname for the same node or topology.kubernetes.io/zone for the same zone',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        for (const term of affinityTerms(site)) {
          if (goString(term.term.topologyKey) !== '') continue;
          context.report({
            resource,
            path: [...term.path, 'topologyKey'],
            messageId: 'podAffinityTopologyKeyMissing',
            data: { term: describeTerm(term) },
          });
        }
      },
    };
  },
});
