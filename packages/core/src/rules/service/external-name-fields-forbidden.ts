import { defineRule } from '../../engine/rule.js';
import type { FieldPath } from '../../model/path.js';
import { asArray } from '../../model/values.js';
import { effectiveClusterIPs, serviceView } from './utils/service-spec.js';

const CORE = 'k8s.io/kubernetes/pkg/apis/core/validation';

export default defineRule({
  meta: {
    id: 'service/external-name-fields-forbidden',
    severity: 'error',
    origin: 'api-error',
    kinds: ['Service'],
    description:
      'An ExternalName Service has no cluster IP: clusterIP, clusterIPs, ipFamilies and ipFamilyPolicy must not be set.',
    fixable: false,
    sources: [
      { package: CORE, function: 'validateService', type: 'Forbidden', field: 'clusterIPs' },
      { package: CORE, function: 'validateService', type: 'Forbidden', field: 'ipFamilies' },
      { package: CORE, function: 'validateService', type: 'Forbidden', field: 'ipFamilyPolicy' },
    ],
    messages: {
      forbidden:
        '{{field}} is set on an ExternalName Service, which is only a DNS alias and has no cluster IP; the API server refuses it (may not be set for ExternalName services); remove {{field}}',
    },
  },
  create(context) {
    return {
      resource(resource) {
        const view = serviceView(resource);
        if (!view || view.type !== 'ExternalName') return;
        const report = (path: FieldPath, field: string): void =>
          context.report({ resource, path, messageId: 'forbidden', data: { field } });
        const ips = effectiveClusterIPs(view.spec);
        if (ips.values.length > 0)
          report(['spec', ips.written ? 'clusterIPs' : 'clusterIP'], ips.written ? 'clusterIPs' : 'clusterIP');
        if (asArray(view.spec.ipFamilies).length > 0) report(['spec', 'ipFamilies'], 'ipFamilies');
        if (view.spec.ipFamilyPolicy !== undefined && view.spec.ipFamilyPolicy !== null)
          report(['spec', 'ipFamilyPolicy'], 'ipFamilyPolicy');
      },
    };
  },
});
