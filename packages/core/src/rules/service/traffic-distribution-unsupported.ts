import { defineRule } from '../../engine/rule.js';
import { compareVersions } from '../../release/versions.js';
import { preview, quoteList } from '../../model/values.js';
import { serviceView } from './utils/service-spec.js';

export default defineRule({
  meta: {
    id: 'service/traffic-distribution-unsupported',
    severity: 'error',
    origin: 'api-error',
    description: 'spec.trafficDistribution must be PreferClose, or from 1.34 PreferSameZone or PreferSameNode.',
    fixable: false,
    kinds: ['Service'],
    versions: { since: '1.31' },
    sources: [
      {
        package: 'k8s.io/kubernetes/pkg/apis/core/validation',
        function: 'validateServiceTrafficDistribution',
        type: 'NotSupported',
      },
    ],
    messages: {
      unsupported:
        'trafficDistribution {{value}} is not supported by Kubernetes {{version}}; the API server refuses the Service (supported values: {{supported}}); write one of them, or remove the field',
    },
  },
  create(context) {
    const supported =
      compareVersions(context.kubernetesVersion, '1.34') >= 0
        ? ['PreferClose', 'PreferSameZone', 'PreferSameNode']
        : ['PreferClose'];
    return {
      resource(resource) {
        const value = serviceView(resource)?.spec.trafficDistribution;
        if (typeof value !== 'string' || supported.includes(value)) return;
        context.report({
          resource,
          path: ['spec', 'trafficDistribution'],
          messageId: 'unsupported',
          data: { value: preview(value), version: context.kubernetesVersion, supported: quoteList(supported) },
        });
      },
    };
  },
});
