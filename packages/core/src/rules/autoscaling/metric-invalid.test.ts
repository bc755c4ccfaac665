import { runRuleTests } from '../../../test/support/rule-tester.js';
import { autoscaler } from '../../../test/fixtures/autoscaling/manifests.js';
import rule from './metric-invalid.js';

const metrics = (lines: string): string => autoscaler(`maxReplicas: 5\nmetrics:\n${lines}`);

runRuleTests(rule, {
  valid: [
    {
      name: 'an autoscaling/v1 CPU target',
      code: autoscaler('maxReplicas: 5\ntargetCPUUtilizationPercentage: 80').replace(
        'autoscaling/v2',
        'autoscaling/v1',
      ),
    },
    {
      name: 'CPU utilization, a Pods average and an External value',
      code: metrics(
        [
          '  - type: Resource',
          '    resource: {name: cpu, target: {type: Utilization, averageUtilization: 70}}',
          '  - type: Pods',
          '    pods: {metric: {name: requests_per_second}, target: {type: AverageValue, averageValue: 500m}}',
          '  - type: External',
          '    external: {metric: {name: queue_depth}, target: {type: Value, value: "30"}}',
        ].join('\n'),
      ),
    },
    {
      name: 'an Object metric of a core kind (its apiVersion needs no group)',
      code: metrics(
        '  - type: Object\n    object:\n      describedObject: {apiVersion: v1, kind: Service, name: web}\n      metric: {name: hits}\n      target: {type: Value, value: "10"}',
      ),
    },
  ],
  invalid: [
    {
      name: 'an unknown metric type',
      code: metrics('  - type: Cpu\n    resource: {name: cpu, target: {type: Utilization, averageUtilization: 70}}'),
      errors: [{ path: 'spec.metrics[0].type', line: 12, column: 7, messageId: 'typeUnsupported' }],
      output: null,
    },
    {
      name: 'a second source in one metric',
      code: metrics(
        '  - type: Resource\n    resource: {name: cpu, target: {type: Utilization, averageUtilization: 70}}\n    containerResource: {name: cpu, container: web, target: {type: Utilization, averageUtilization: 70}}',
      ),
      errors: [{ path: 'spec.metrics[0].containerResource', line: 14, column: 7, messageId: 'sourceExtra' }],
    },
    {
      name: 'a target type that does not exist',
      code: metrics('  - type: Resource\n    resource: {name: cpu, target: {type: Percent, averageUtilization: 70}}'),
      errors: [{ path: 'spec.metrics[0].resource.target.type', line: 13, column: 38, messageId: 'targetType' }],
    },
    {
      name: 'utilization and value together, and a utilization of 0',
      code: metrics(
        '  - type: Resource\n    resource: {name: memory, target: {type: Utilization, averageUtilization: 0, averageValue: 1Gi}}',
      ),
      errors: [
        {
          path: 'spec.metrics[0].resource.target.averageUtilization',
          line: 13,
          column: 60,
          messageId: 'utilizationNotPositive',
        },
        { path: 'spec.metrics[0].resource.target.averageValue', line: 13, column: 83, messageId: 'bothUtilization' },
      ],
    },
    {
      name: 'a Pods metric without an average value',
      code: metrics('  - type: Pods\n    pods: {metric: {name: rps}, target: {type: Value, value: "5"}}'),
      errors: [{ path: 'spec.metrics[0].pods.target.averageValue', line: 13, column: 35, messageId: 'valueRequired' }],
    },
    {
      name: 'an autoscaling/v1 CPU target of 0 (converted to a Resource metric, which the API server names)',
      code: autoscaler('maxReplicas: 5\ntargetCPUUtilizationPercentage: 0').replace('autoscaling/v2', 'autoscaling/v1'),
      errors: [
        {
          path: 'spec.targetCPUUtilizationPercentage',
          line: 11,
          column: 3,
          messageId: 'cpuUtilizationNotPositive',
          oracleField: 'spec.metrics[0].resource.target.averageUtilization',
        },
      ],
    },
    {
      name: 'a ContainerResource metric without a resource name',
      code: metrics(
        '  - type: ContainerResource\n    containerResource: {container: web, target: {type: Utilization, averageUtilization: 70}}',
      ),
      errors: [
        { path: 'spec.metrics[0].containerResource.name', line: 13, column: 7, messageId: 'resourceNameRequired' },
      ],
    },
  ],
});
