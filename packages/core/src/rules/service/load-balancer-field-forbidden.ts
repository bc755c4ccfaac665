import { defineRule } from '../../engine/rule.js';
import type { FieldPath } from '../../model/path.js';
import { asArray, asObject } from '../../model/values.js';
import { serviceView } from './utils/service-spec.js';

const CORE = 'k8s.io/kubernetes/pkg/apis/core/validation';
const SOURCE_RANGES_ANNOTATION = 'service.beta.kubernetes.io/load-balancer-source-ranges';

export default defineRule({
  meta: {
    id: 'service/load-balancer-field-forbidden',
    severity: 'error',
    origin: 'api-error',
    kinds: ['Service'],
    description:
      'loadBalancerClass, allocateLoadBalancerNodePorts and loadBalancerSourceRanges (or its annotation) are only for type LoadBalancer.',
    fixable: false,
    sources: [
      { package: CORE, function: 'validateLoadBalancerClassField', type: 'Forbidden' },
      // The Forbidden call sites of validateService not narrowed by a field: allocateLoadBalancerNodePorts,
      // LoadBalancerSourceRanges and the annotation's (a map key the ledger cannot name); the
      // others (clusterIPs, ipFamilies, nodePort…) are other rules' too.
      { package: CORE, function: 'validateService', type: 'Forbidden' },
    ],
    messages: {
      forbidden:
        "{{field}} is set on a {{type}} Service{{implicit}}, but it is only for type LoadBalancer; the API server refuses it (may only be used when `type` is 'LoadBalancer'); set type: LoadBalancer, or remove {{field}}",
    },
  },
  create(context) {
    return {
      resource(resource) {
        const view = serviceView(resource);
        if (!view || view.type === 'LoadBalancer') return;
        const { spec } = view;
        const report = (path: FieldPath, field: string): void =>
          context.report({
            resource,
            path,
            messageId: 'forbidden',
            data: {
              field,
              type: view.type,
              implicit: spec.type === undefined || spec.type === null ? ' (the type when none is given)' : '',
            },
          });
        const set = (value: unknown): boolean => value !== undefined && value !== null;
        if (set(spec.loadBalancerClass)) report(['spec', 'loadBalancerClass'], 'loadBalancerClass');
        if (set(spec.allocateLoadBalancerNodePorts))
          report(['spec', 'allocateLoadBalancerNodePorts'], 'allocateLoadBalancerNodePorts');
        if (asArray(spec.loadBalancerSourceRanges).length > 0)
          report(['spec', 'loadBalancerSourceRanges'], 'loadBalancerSourceRanges');
        else if (asObject(asObject(resource.object.metadata)?.annotations)?.[SOURCE_RANGES_ANNOTATION] !== undefined)
          report(['metadata', 'annotations', SOURCE_RANGES_ANNOTATION], `the ${SOURCE_RANGES_ANNOTATION} annotation`);
      },
    };
  },
});
