import { defineRule } from '../../engine/rule.js';
import { asInteger, isBuiltin, specOf } from '../../model/builtin.js';
import { caseFix } from '../../model/fixes.js';
import { asObject, goString } from '../../model/values.js';
import { dns1123LabelErrors } from '../../schema/names.js';

const APPS = 'k8s.io/kubernetes/pkg/apis/apps/validation';
const RETENTION = ['Retain', 'Delete'];

export default defineRule({
  meta: {
    id: 'workload/statefulset-spec-invalid',
    severity: 'error',
    origin: 'api-error',
    kinds: ['StatefulSet'],
    description:
      'A StatefulSet’s serviceName is a DNS label, its claim retention policies are Retain or Delete, and its rolling-update partition is not negative.',
    fixable: true,
    sources: [
      { package: APPS, function: 'ValidatePersistentVolumeClaimRetentionPolicyType' },
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'ValidateDNS1123Label' },
    ],
    messages: {
      serviceName:
        'serviceName "{{value}}" is not a DNS label ({{reasons}}); it names the headless Service behind the pods’ DNS names, so the API server refuses the StatefulSet',
      retention: '{{field}} "{{value}}" is not Retain or Delete, so the API server refuses the StatefulSet',
      partition:
        'partition is {{value}}, but it is a pod ordinal and cannot be negative, so the API server refuses the StatefulSet',
    },
  },
  create(context) {
    return {
      resource(resource) {
        if (!isBuiltin(resource, 'apps', ['StatefulSet'])) return;
        const spec = specOf(resource);
        if (!spec) return;
        const serviceName = goString(spec.serviceName);
        if (serviceName) {
          const reasons = dns1123LabelErrors(serviceName);
          if (reasons.length > 0)
            context.report({
              resource,
              path: ['spec', 'serviceName'],
              messageId: 'serviceName',
              data: { value: serviceName, reasons: reasons.join('; ') },
            });
        }
        const retention = asObject(spec.persistentVolumeClaimRetentionPolicy);
        for (const field of ['whenDeleted', 'whenScaled']) {
          const value = goString(retention?.[field]);
          // Empty is defaulted to Retain.
          if (!value || RETENTION.includes(value)) continue;
          const path = ['spec', 'persistentVolumeClaimRetentionPolicy', field];
          const fixed = caseFix(value, RETENTION, path, field);
          context.report({
            resource,
            path,
            messageId: 'retention',
            data: { field, value },
            ...(fixed ? { fix: fixed.fix } : {}),
          });
        }
        const strategy = asObject(spec.updateStrategy);
        const partition = asInteger(asObject(strategy?.rollingUpdate)?.partition);
        if (partition !== undefined && partition < 0 && (strategy?.type ?? 'RollingUpdate') === 'RollingUpdate')
          context.report({
            resource,
            path: ['spec', 'updateStrategy', 'rollingUpdate', 'partition'],
            messageId: 'partition',
            data: { value: partition },
          });
      },
    };
  },
});
