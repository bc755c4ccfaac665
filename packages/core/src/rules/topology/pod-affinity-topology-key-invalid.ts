import { defineRule } from '../../engine/rule.js';
import { describeTerm } from './utils/affinity-terms.js';
import { affinityTopologyKeys, nearestWellKnown } from './utils/topology-keys.js';

export default defineRule({
  meta: {
    id: 'topology/pod-affinity-topology-key-invalid',
    severity: 'error',
    origin: 'api-error',
    description: "A pod affinity term's topologyKey must be a valid label key.",
    fixable: false,
    podSpecFields: ['affinity'],
    sources: [
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'validatePodAffinityTerm' },
      { package: 'k8s.io/apimachinery/pkg/apis/meta/v1/validation', function: 'ValidateLabelName' },
    ],
    messages: {
      podAffinityTopologyKeyInvalid:
        '{{term}} uses topologyKey {{key}}, which is not a label key, so the API server refuses it ({{join}}); use a node label{{advice}}',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        // The empty key is topology/pod-affinity-topology-key-missing.
        for (const { key, path, kind, term } of affinityTopologyKeys(site)) {
          if (kind.kind !== 'invalid-syntax') continue;
          const suggestion = nearestWellKnown(key);
          context.report({
            resource,
            path,
            messageId: 'podAffinityTopologyKeyInvalid',
            data: {
              term: describeTerm(term),
              key: JSON.stringify(key),
              join: kind.problems.join('; '),
              advice: suggestion ? ` such as ${JSON.stringify(suggestion)}` : ', e.g. kubernetes.io/hostname',
            },
          });
        }
      },
    };
  },
});
