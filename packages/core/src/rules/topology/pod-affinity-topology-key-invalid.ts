import { defineRule } from '../../engine/rule.js';
import { affinityTerms, describeTerm } from './affinity-terms.js';
import { labelKeyProblems } from './label-syntax.js';
import { nearestWellKnown } from './topology-keys.js';

export default defineRule({
  meta: {
    id: 'topology/pod-affinity-topology-key-invalid',
    severity: 'error',
    origin: 'api-error',
    description: "A pod affinity term's topologyKey must be a valid label key.",
    help: [
      'Unlike topology spread constraints, pod (anti-)affinity validates the syntax of `topologyKey`: it must be a label key (an optional DNS-subdomain prefix and `/`, then at most 63 letters, digits, `-`, `_` and `.`, starting and ending with a letter or digit). The API server refuses anything else with the label-key messages.',
      '',
      'Bad:',
      '```yaml',
      'topologyKey: "kubernetes.io/host name"',
      '```',
      'Good:',
      '```yaml',
      'topologyKey: kubernetes.io/hostname',
      '```',
    ].join('\n'),
    fixable: false,
    source: 'validatePodAffinityTerm → ValidateLabelName (pkg/apis/core/validation)',
  },
  create(context) {
    return {
      podSpec(site, resource) {
        for (const term of affinityTerms(site)) {
          const key = term.term.topologyKey;
          // The empty key is topology/pod-affinity-topology-key-missing.
          if (typeof key !== 'string' || key === '') continue;
          const problems = labelKeyProblems(key);
          if (problems.length === 0) continue;
          const suggestion = nearestWellKnown(key);
          context.report({
            resource,
            path: [...term.path, 'topologyKey'],
            message: `${describeTerm(term)} uses topologyKey ${JSON.stringify(key)}, which is not a label key, so the API server refuses it (${problems.join('; ')}); use a node label${suggestion ? ` such as ${JSON.stringify(suggestion)}` : ', e.g. kubernetes.io/hostname'}`,
          });
        }
      },
    };
  },
});
