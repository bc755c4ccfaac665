import { defineRule } from '../../engine/rule.js';
import { goString } from '../../model/values.js';
import { spreadConstraints } from './utils/constraints.js';

export default defineRule({
  meta: {
    id: 'topology/duplicate-constraint',
    severity: 'error',
    origin: 'api-error',
    description: 'Two topology spread constraints share the same topologyKey and whenUnsatisfiable.',
    fixable: false,
    podSpecFields: ['topologySpreadConstraints'],
    sources: [{ package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'ValidateSpreadConstraintNotRepeat' }],
    messages: {
      duplicateConstraint:
        'this constraint and constraint {{index}} both spread over {{key}} with whenUnsatisfiable {{when}}, so they would compete and the API server refuses the object (Duplicate value: "{{{key2}}, {{when2}}}"); merge them into one constraint',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        const constraints = spreadConstraints(site);
        constraints.forEach((current, position) => {
          const key = goString(current.constraint.topologyKey);
          const when = goString(current.constraint.whenUnsatisfiable);
          if (key === undefined || when === undefined) return;
          // The API server reports each constraint once, against the first later duplicate it finds.
          const later = constraints
            .slice(position + 1)
            .find(
              (other) =>
                goString(other.constraint.topologyKey) === key && goString(other.constraint.whenUnsatisfiable) === when,
            );
          if (!later) return;
          context.report({
            resource,
            // The API server's path is the pseudo-field `topologySpreadConstraints[i].{topologyKey, whenUnsatisfiable}`.
            path: [...current.path, 'topologyKey'],
            messageId: 'duplicateConstraint',
            data: { index: later.index, key: JSON.stringify(key), when: JSON.stringify(when), key2: key, when2: when },
            related: [
              {
                path: [...later.path, 'topologyKey'],
                message: 'the later constraint with the same topologyKey and whenUnsatisfiable',
              },
            ],
          });
        });
      },
    };
  },
});
