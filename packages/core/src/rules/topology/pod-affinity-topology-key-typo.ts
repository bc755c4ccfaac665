import { defineRule } from '../../engine/rule.js';
import { describeTerm } from './utils/affinity-terms.js';
import { affinityTopologyKeys, typo } from './utils/topology-keys.js';

export default defineRule({
  meta: {
    id: 'topology/pod-affinity-topology-key-typo',
    severity: 'warning',
    origin: 'pitfall',
    description: "A pod affinity term's topologyKey looks like a misspelt well-known node label.",
    fixable: true,
    podSpecFields: ['affinity'],
    source: 'Kubernetes docs, Well-Known Labels, Annotations and Taints',
    messages: {
      podAffinityTopologyKeyTypo:
        '{{term}} uses topologyKey {{key}}, which is not a well-known node label; did you mean {{suggestion}}? No node carrying the key means the term never matches{{advice}}',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        for (const found of affinityTopologyKeys(site)) {
          const misspelt = typo(found);
          if (misspelt)
            context.report({
              resource,
              path: found.path,
              messageId: 'podAffinityTopologyKeyTypo',
              data: { term: describeTerm(found.term), ...misspelt.data },
              fix: misspelt.fix,
            });
        }
      },
    };
  },
});
