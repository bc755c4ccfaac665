import { defineRule } from '../../engine/rule.js';
import { describeTerm } from './utils/affinity-terms.js';
import { affinityTopologyKeys } from './utils/topology-keys.js';

export default defineRule({
  meta: {
    id: 'topology/pod-affinity-topology-key-typo',
    severity: 'warning',
    origin: 'pitfall',
    description: "A pod affinity term's topologyKey looks like a misspelt well-known node label.",
    fixable: true,
    source: 'Kubernetes docs, Well-Known Labels, Annotations and Taints',
    messages: {
      podAffinityTopologyKeyTypo:
        '{{term}} uses topologyKey {{key}}, which is not a well-known node label; did you mean {{suggestion}}? No node carrying the key means the term never matches{{advice}}',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        for (const { key, path, kind, term } of affinityTopologyKeys(site)) {
          if (kind.kind !== 'typo') continue;
          context.report({
            resource,
            path,
            messageId: 'podAffinityTopologyKeyTypo',
            data: {
              term: describeTerm(term),
              key: JSON.stringify(key),
              suggestion: JSON.stringify(kind.suggestion),
              advice: kind.reserved
                ? ''
                : `; if ${JSON.stringify(key)} is a custom label your nodes carry, suppress this finding`,
            },
            fix: kind.reserved
              ? { description: `Use ${kind.suggestion}`, replaceValues: [{ path, value: kind.suggestion }] }
              : undefined,
          });
        }
      },
    };
  },
});
