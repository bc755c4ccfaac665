import { defineRule } from '../../engine/rule.js';
import { kindStatus, schemaScope } from '../../schema/analyze.js';

export default defineRule({
  meta: {
    id: 'schema/unknown-kind',
    severity: 'info',
    origin: 'advice',
    description: 'A custom resource whose CustomResourceDefinition podlint does not know, so it is not validated (once per kind).',
    help: [
      'Custom resources are defined by CustomResourceDefinitions installed in the cluster. Without the CRD podlint cannot tell a valid custom resource from a broken one, so it reports each such kind once, as information, and checks nothing else about it. Give podlint the CRD — include it in the linted files, list it under `crds:` in `.podlint.yaml`, or pass `--crd FILE|DIR` — and the resources are validated against its schema.',
      '',
      'Bad (nothing tells podlint what a Certificate looks like):',
      '```yaml',
      'apiVersion: cert-manager.io/v1',
      'kind: Certificate',
      '```',
      'Good (the CRD is known, so Certificates are validated):',
      '```yaml',
      '# .podlint.yaml',
      'crds:',
      '  - vendor/cert-manager/crds.yaml',
      '```',
    ].join('\n'),
    fixable: false,
    source: 'podlint (CustomResourceDefinition lookup)',
    messages: {
      unknownKind: '{{kind}} ({{apiVersion}}) is a custom resource whose CustomResourceDefinition podlint does not know, so it is not validated; pass the CRD with --crd or list it under crds: in .podlint.yaml',
    },
  },
  create(context) {
    return {
      input(resources) {
        const scope = schemaScope(context.kubernetesVersion, resources, context.crds);
        const seen = new Set<string>();
        for (const resource of resources) {
          if (kindStatus(resource, scope).type !== 'unknown') continue;
          const key = `${resource.apiVersion} ${resource.kind}`;
          if (seen.has(key)) continue;
          seen.add(key);
          context.report({
            resource,
            path: ['kind'],
            messageId: 'unknownKind', data: { kind: resource.kind, apiVersion: resource.apiVersion },
          });
        }
      },
    };
  },
});
