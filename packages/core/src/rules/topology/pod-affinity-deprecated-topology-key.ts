import { defineRule } from '../../engine/rule.js';
import { describeTerm } from './utils/affinity-terms.js';
import { affinityTopologyKeys, deprecation } from './utils/topology-keys.js';

export default defineRule({
  meta: {
    id: 'topology/pod-affinity-deprecated-topology-key',
    severity: 'warning',
    origin: 'pitfall',
    description: 'A pod affinity term uses a deprecated node label as its topologyKey.',
    fixable: true,
    podSpecFields: ['affinity'],
    source: 'podlint; deprecated node labels of pkg/api/node/util.go',
    messages: {
      podAffinityDeprecatedTopologyKey:
        '{{term}} uses the node label {{key}}, which is {{text}}; nodes that no longer carry it never match the term (the API server does not warn about this one)',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        for (const found of affinityTopologyKeys(site)) {
          const deprecated = deprecation(found);
          if (!deprecated) continue;
          context.report({
            resource,
            path: found.path,
            messageId: 'podAffinityDeprecatedTopologyKey',
            data: { term: describeTerm(found.term), key: found.key, text: deprecated.text },
            fix: deprecated.fix,
          });
        }
      },
    };
  },
});
