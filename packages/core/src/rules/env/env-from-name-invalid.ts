import { defineRule } from '../../engine/rule.js';
import { containersOf, describeContainer } from '../../model/containers.js';
import { asObject, objectEntries, preview } from '../../model/values.js';
import { dns1123SubdomainErrors } from '../../schema/names.js';

const CORE = 'k8s.io/kubernetes/pkg/apis/core/validation';

export default defineRule({
  meta: {
    id: 'env/env-from-name-invalid',
    severity: 'error',
    origin: 'api-error',
    description:
      'An envFrom configMapRef or secretRef must name a ConfigMap or Secret by a valid name (a DNS subdomain).',
    fixable: false,
    containerFields: ['envFrom'],
    sources: [
      { package: CORE, function: 'validateConfigMapEnvSource', type: 'Invalid' },
      { package: CORE, function: 'validateSecretEnvSource', type: 'Invalid' },
    ],
    messages: {
      invalid:
        "envFrom[{{index}}].{{reference}} of {{owner}} names {{value}}, which no {{kind}} can be called: {{reasons}}; the API server refuses the object; write the {{kind}}'s metadata.name",
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        for (const container of containersOf(site)) {
          for (const [index, entry] of objectEntries(container.container.envFrom)) {
            for (const [reference, kind] of [
              ['configMapRef', 'ConfigMap'],
              ['secretRef', 'Secret'],
            ] as const) {
              const name = asObject(entry[reference])?.name;
              // An empty name is schema/required's finding.
              if (typeof name !== 'string' || name === '') continue;
              // The name is validated as a prefix (maskTrailingDash): a trailing "-" stands for more characters.
              const reasons = dns1123SubdomainErrors(
                name.length > 1 && name.endsWith('-') ? `${name.slice(0, -2)}a` : name,
              );
              if (reasons.length)
                context.report({
                  resource,
                  path: [...container.path, 'envFrom', index, reference, 'name'],
                  messageId: 'invalid',
                  data: {
                    index,
                    reference,
                    kind,
                    owner: describeContainer(container),
                    value: preview(name),
                    reasons: reasons.join('; '),
                  },
                });
            }
          }
        }
      },
    };
  },
});
