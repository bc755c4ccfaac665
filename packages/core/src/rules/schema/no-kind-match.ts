import { defineRule } from '../../engine/rule.js';
import { kindStatus, schemaScope } from '../../schema/analyze.js';

export default defineRule({
  meta: {
    id: 'schema/no-kind-match',
    severity: 'error',
    origin: 'api-error',
    description: 'A kind or version that does not exist in a built-in group (a typo such as `Deploymnet`), or a version a known CRD does not serve.',
    help: [
      'The built-in API groups (`v1`, `apps`, `batch`, `networking.k8s.io`, …) have a fixed set of kinds and versions: `apps/v1` has no `Deploymnet` and there is no `apps/v2`. The API server answers "no matches for kind" and the object is not applied. podlint suggests the closest kind and the apiVersion that serves it. For custom resources whose CustomResourceDefinition podlint knows, a version the CRD does not serve is reported the same way.',
      '',
      'Bad:',
      '```yaml',
      'apiVersion: apps/v1',
      'kind: Deploymnet',
      '```',
      'Good:',
      '```yaml',
      'apiVersion: apps/v1',
      'kind: Deployment',
      '```',
    ].join('\n'),
    fixable: false,
    sources: [
      { package: 'k8s.io/apimachinery/pkg/api/meta', function: 'DefaultRESTMapper.RESTMapping' },
    ],
    messages: {
      noKindMatch: '{{message}}',
    },
  },
  create(context) {
    return {
      input(resources) {
        const scope = schemaScope(context.kubernetesVersion, resources, context.crds);
        for (const resource of resources) {
          const status = kindStatus(resource, scope);
          if (status.type === 'no-match' || status.type === 'custom-unserved') context.report({ resource, path: [status.field], messageId: 'noKindMatch', data: { message: status.message } });
        }
      },
    };
  },
});
