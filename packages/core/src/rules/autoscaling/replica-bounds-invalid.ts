import { defineRule } from '../../engine/rule.js';
import { compareVersions } from '../../release/versions.js';
import { isBuiltin, specOf } from '../../model/builtin.js';
import { objectEntries } from '../../model/values.js';

export default defineRule({
  meta: {
    id: 'autoscaling/replica-bounds-invalid',
    severity: 'error',
    origin: 'api-error',
    kinds: ['HorizontalPodAutoscaler'],
    description:
      'HPA minReplicas must be at least 1 (0 from 1.37, with an Object or External metric); maxReplicas at least 1 and not below minReplicas.',
    fixable: false,
    source: 'validateHorizontalPodAutoscalerSpec (pkg/apis/autoscaling/validation)',
    sources: [
      {
        package: 'k8s.io/kubernetes/pkg/apis/autoscaling/validation',
        function: 'validateHorizontalPodAutoscalerSpec',
        type: 'Invalid',
      },
      {
        package: 'k8s.io/kubernetes/pkg/apis/autoscaling/validation',
        function: 'validateHorizontalPodAutoscalerSpec',
        type: 'Required',
        field: 'maxReplicas',
      },
      { package: 'k8s.io/kubernetes/pkg/apis/autoscaling/validation', function: 'validateMetrics', type: 'Forbidden' },
      { package: 'k8s.io/kubernetes/pkg/apis/autoscaling/v1', function: 'Validate_HorizontalPodAutoscalerSpec' },
      { package: 'k8s.io/kubernetes/pkg/apis/autoscaling/v2', function: 'Validate_HorizontalPodAutoscalerSpec' },
    ],
    messages: {
      minTooLow:
        'minReplicas is {{value}}, but before Kubernetes 1.37 the API server requires at least 1 (scaling to zero needs the HPAScaleToZero feature gate), so it refuses the autoscaler',
      minNegative:
        'minReplicas is {{value}}, but a replica count cannot be negative, so the API server refuses the autoscaler',
      zeroNeedsMetric:
        'minReplicas is 0, but only an Object or External metric can wake a workload scaled to zero (pod metrics need running pods), so the API server refuses the autoscaler; add such a metric or set minReplicas: 1',
      maxNotPositive:
        'maxReplicas is {{value}}, but the autoscaler needs room for at least one replica, so the API server refuses it; set maxReplicas to 1 or more',
      maxBelowMin:
        'maxReplicas ({{max}}) is below minReplicas ({{min}}{{defaulted}}), so no replica count satisfies both and the API server refuses the autoscaler; raise maxReplicas or lower minReplicas',
    },
  },
  create(context) {
    return {
      resource(resource) {
        if (!isBuiltin(resource, 'autoscaling', ['HorizontalPodAutoscaler'])) return;
        const spec = specOf(resource);
        if (!spec) return;
        const written = spec.minReplicas;
        const min = written === undefined || written === null ? 1 : written;
        const max = spec.maxReplicas;
        // HPAScaleToZero is on by default from 1.37: zero is then allowed with an Object or External metric.
        const scaleToZero = compareVersions(context.kubernetesVersion, '1.37') >= 0;
        if (typeof min === 'number' && Number.isInteger(min) && min < (scaleToZero ? 0 : 1)) {
          context.report({
            resource,
            path: ['spec', 'minReplicas'],
            messageId: scaleToZero ? 'minNegative' : 'minTooLow',
            data: { value: min },
          });
        }
        if (
          scaleToZero &&
          min === 0 &&
          !objectEntries(spec.metrics).some(([, metric]) => metric.type === 'Object' || metric.type === 'External')
        ) {
          context.report({ resource, path: ['spec', 'metrics'], messageId: 'zeroNeedsMetric' });
        }
        if (typeof max !== 'number' || !Number.isInteger(max)) return;
        if (max <= 0) {
          context.report({
            resource,
            path: ['spec', 'maxReplicas'],
            messageId: 'maxNotPositive',
            data: { value: max },
          });
          return;
        }
        if (typeof min === 'number' && Number.isInteger(min) && max < min) {
          context.report({
            resource,
            path: ['spec', 'maxReplicas'],
            messageId: 'maxBelowMin',
            data: { max, min, defaulted: written === min ? '' : ', the default' },
          });
        }
      },
    };
  },
});
