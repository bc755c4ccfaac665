import { defineRule } from '../../engine/rule.js';
import { DEPRECATED_NODE_LABELS } from './constraints.js';
import { affinityTerms, describeTerm } from './affinity-terms.js';

export default defineRule({
  meta: {
    id: 'topology/pod-affinity-deprecated-topology-key',
    severity: 'warning',
    origin: 'pitfall',
    description: 'A pod affinity term uses a deprecated node label as its topologyKey.',
    help: [
      'The API server warns about deprecated node labels in node selectors, node affinity and topology spread constraints, but not in pod (anti-)affinity. The labels were replaced years ago (`failure-domain.beta.kubernetes.io/zone` by `topology.kubernetes.io/zone`) and newer nodes may not carry them: nodes without the key never count as "the same zone", so required affinity keeps pods Pending and anti-affinity stops separating them. Use the replacement label.',
      '',
      'Bad:',
      '```yaml',
      'topologyKey: failure-domain.beta.kubernetes.io/zone',
      '```',
      'Good:',
      '```yaml',
      'topologyKey: topology.kubernetes.io/zone',
      '```',
    ].join('\n'),
    fixable: true,
    source: 'podlint; deprecated node labels of pkg/api/node/util.go',
  },
  create(context) {
    return {
      podSpec(site, resource) {
        for (const term of affinityTerms(site)) {
          const key = term.term.topologyKey;
          if (typeof key !== 'string' || !Object.prototype.hasOwnProperty.call(DEPRECATED_NODE_LABELS, key)) continue;
          const deprecation = DEPRECATED_NODE_LABELS[key];
          if (!deprecation) continue;
          const keyPath = [...term.path, 'topologyKey'];
          const replacement = deprecation.replacement;
          context.report({
            resource,
            path: keyPath,
            message: `${describeTerm(term)} uses the node label ${key}, which is ${deprecation.message}; nodes that no longer carry it never match the term (the API server does not warn about this one)`,
            ...(replacement ? { fix: { description: `Use ${replacement}`, replaceValues: [{ path: keyPath, value: replacement }] } } : {}),
          });
        }
      },
    };
  },
});
