import { defineRule } from '../../engine/rule.js';
import { claimTemplateNames } from '../../model/workloads.js';
import { asObject } from '../../model/values.js';
import { forbiddenTemplateMetadata } from '../factories/template-metadata.js';
import { singleSourceVolumes } from './utils/volume-files.js';

export default defineRule({
  meta: {
    id: 'volumes/ephemeral-claim-metadata-forbidden',
    severity: 'error',
    origin: 'api-error',
    description: 'An ephemeral volume’s claim template may set only labels and annotations in its metadata.',
    fixable: false,
    podSpecFields: ['volumes'],
    source: 'ValidateTemplateObjectMeta (pkg/apis/core/validation)',
    sources: [
      {
        package: 'k8s.io/kubernetes/pkg/apis/core/validation',
        function: 'validateFieldAllowList',
        type: 'Forbidden',
      },
    ],
    messages: {
      forbidden:
        'the claim template of ephemeral volume {{volume}} sets metadata.{{field}}, but only labels and annotations may be set there ({{apiField}} cannot be set for an ephemeral volume), so the API server refuses the object: the claim is named {{claimName}} in the pod’s namespace; remove {{field}}',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        // A StatefulSet's claim template replaces the template volume of the same name before validation.
        const replaced = claimTemplateNames(resource);
        for (const { volume, path, name } of singleSourceVolumes(site)) {
          if (replaced.includes(name)) continue;
          const metadata = asObject(asObject(asObject(volume.ephemeral)?.volumeClaimTemplate)?.metadata);
          if (!metadata) continue;
          for (const { field, apiField } of forbiddenTemplateMetadata(metadata))
            context.report({
              resource,
              path: [...path, 'ephemeral', 'volumeClaimTemplate', 'metadata', field],
              messageId: 'forbidden',
              data: {
                volume: JSON.stringify(name),
                field,
                apiField,
                claimName: `<pod name>-${name}`,
              },
            });
        }
      },
    };
  },
});
