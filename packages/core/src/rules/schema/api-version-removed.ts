import { defineRule } from '../../engine/rule.js';
import { kindStatus, schemaScope } from '../../schema/analyze.js';

export default defineRule({
  meta: {
    id: 'schema/api-version-removed',
    severity: 'error',
    origin: 'api-error',
    description: 'The apiVersion of a built-in kind is not served by the target Kubernetes release (removed, or not yet added).',
    help: [
      'Beta APIs are removed some releases after their GA version appears: `extensions/v1beta1` Deployments and `apps/v1beta2` went in 1.16, `networking.k8s.io/v1beta1` Ingress in 1.22, `batch/v1beta1` CronJob and `policy/v1beta1` PodDisruptionBudget in 1.25, `autoscaling/v2beta2` in 1.26, `flowcontrol.apiserver.k8s.io/v1beta3` in 1.32. The API server of the target release (`--kubernetes-version`, default the newest) has no such API and refuses the object. Change `apiVersion` to the version podlint names, and check the fields that changed (a Deployment in `apps/v1` needs `spec.selector`, an Ingress backend became `service: {name, port}`).',
      '',
      'Bad:',
      '```yaml',
      'apiVersion: batch/v1beta1',
      'kind: CronJob',
      '```',
      'Good:',
      '```yaml',
      'apiVersion: batch/v1',
      'kind: CronJob',
      '```',
    ].join('\n'),
    fixable: false,
    sources: [
      { package: 'k8s.io/apimachinery/pkg/api/meta', function: 'DefaultRESTMapper.RESTMapping' },
    ],
    messages: {
      apiVersionRemoved: '{{message}}',
    },
  },
  create(context) {
    return {
      input(resources) {
        const scope = schemaScope(context.kubernetesVersion, resources, context.crds);
        for (const resource of resources) {
          const status = kindStatus(resource, scope);
          if (status.type === 'removed') context.report({ resource, path: ['apiVersion'], messageId: 'apiVersionRemoved', data: { message: status.message } });
        }
      },
    };
  },
});
