import { defineRule } from '../../engine/rule.js';
import { goString } from '../../model/values.js';
import { affinityTerms, describeTerm } from './affinity-terms.js';

export default defineRule({
  meta: {
    id: 'topology/pod-affinity-topology-key-missing',
    severity: 'error',
    origin: 'api-error',
    description: 'A pod affinity or anti-affinity term needs a topologyKey.',
    help: [
      '`topologyKey` is the node label that defines "the same place" for the term: `kubernetes.io/hostname` for the same node, `topology.kubernetes.io/zone` for the same zone. It is required in every pod (anti-)affinity term, including `podAffinityTerm` of a preferred entry; the API server refuses an empty key (`can not be empty`, followed by the label-key syntax error for the empty string).',
      '',
      'Bad:',
      '```yaml',
      'podAntiAffinity:',
      '  requiredDuringSchedulingIgnoredDuringExecution:',
      '    - labelSelector: {matchLabels: {app: web}}',
      '```',
      'Good:',
      '```yaml',
      'podAntiAffinity:',
      '  requiredDuringSchedulingIgnoredDuringExecution:',
      '    - labelSelector: {matchLabels: {app: web}}',
      '      topologyKey: kubernetes.io/hostname',
      '```',
    ].join('\n'),
    fixable: false,
    sources: [
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'validatePodAffinityTerm' },
    ],
    messages: {
      podAffinityTopologyKeyMissing: '{{term}} has no topologyKey, so "the same node or zone" is undefined and the API server refuses it (can not be empty); set topologyKey, e.g. kubernetes.io/hostname for the same node or topology.kubernetes.io/zone for the same zone',
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
            messageId: 'podAffinityTopologyKeyMissing', data: { term: describeTerm(term) },
          });
        }
      },
    };
  },
});
