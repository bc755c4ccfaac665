import { defineRule } from '../../engine/rule.js';
import { affinityTerms, describeTerm } from './affinity-terms.js';
import { classifyTopologyKey } from './topology-keys.js';

export default defineRule({
  meta: {
    id: 'topology/pod-affinity-topology-key-typo',
    severity: 'warning',
    origin: 'pitfall',
    description: "A pod affinity term's topologyKey looks like a misspelt well-known node label.",
    help: [
      'A valid but misspelt key such as `topology.kubernetes.io/zones` passes validation, but no node carries it: a required affinity term can then never be met (the pod stays Pending) and an anti-affinity term never separates anything. Near misses inside the reserved `kubernetes.io`/`k8s.io` namespaces are fixed automatically.',
      '',
      'Bad:',
      '```yaml',
      'topologyKey: kubernetes.io/host-name',
      '```',
      'Good:',
      '```yaml',
      'topologyKey: kubernetes.io/hostname',
      '```',
    ].join('\n'),
    fixable: true,
    source: 'Kubernetes docs, Well-Known Labels, Annotations and Taints',
  },
  create(context) {
    return {
      podSpec(site, resource) {
        for (const term of affinityTerms(site)) {
          const key = term.term.topologyKey;
          if (typeof key !== 'string') continue;
          const kind = classifyTopologyKey(key);
          if (kind.kind !== 'typo') continue;
          const keyPath = [...term.path, 'topologyKey'];
          context.report({
            resource,
            path: keyPath,
            message: `${describeTerm(term)} uses topologyKey ${JSON.stringify(key)}, which is not a well-known node label; did you mean ${JSON.stringify(kind.suggestion)}? No node carrying the key means the term never matches${kind.reserved ? '' : `; if ${JSON.stringify(key)} is a custom label your nodes carry, suppress this finding`}`,
            ...(kind.reserved ? { fix: { description: `Use ${kind.suggestion}`, replaceValues: [{ path: keyPath, value: kind.suggestion }] } } : {}),
          });
        }
      },
    };
  },
});
