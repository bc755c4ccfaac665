import { defineRule } from '../../engine/rule.js';
import { containersOf } from '../../model/containers.js';

export default defineRule({
  meta: {
    id: 'restart/rules-unknown-field',
    severity: 'error',
    origin: 'api-error',
    description: 'restartPolicyRules does not exist before Kubernetes 1.34.',
    fixable: false,
    containerFields: ['restartPolicyRules'],
    reportsSchemaProblems: [{ problems: ['unknown-field'], field: 'core.v1.Container.restartPolicyRules' }],
    versions: { until: '1.33' },
    sources: [{ package: 'sigs.k8s.io/json', function: 'UnmarshalStrict' }],
    messages: {
      rulesUnknownField:
        "restartPolicyRules does not exist in Kubernetes {{kubernetesVersion}} (it was added in 1.34): the API server refuses it as an unknown field under strict field validation (kubectl's default), and clients that skip validation drop it silently; remove it or target 1.35+",
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        // On ephemeral containers schema/unknown-field reports the field (an error there anyway).
        for (const container of containersOf(site, ['initContainers', 'containers'])) {
          if (!Object.prototype.hasOwnProperty.call(container.container, 'restartPolicyRules')) continue;
          context.report({
            resource,
            path: [...container.path, 'restartPolicyRules'],
            messageId: 'rulesUnknownField',
            data: { kubernetesVersion: context.kubernetesVersion },
          });
        }
      },
    };
  },
});
