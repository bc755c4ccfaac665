import { defineRule } from '../../engine/rule.js';
import { asInteger, isBuiltin, specOf } from '../../model/builtin.js';
import type { FieldPath } from '../../model/path.js';
import { parseQuantity } from '../../model/quantity.js';
import type { Resource } from '../../model/resource.js';
import { asObject, isSet, objectEntries, quoteList, type PlainObject } from '../../model/values.js';
import { dns1123LabelErrors, pathSegmentNameErrors } from '../../schema/names.js';

const AUTOSCALING = 'k8s.io/kubernetes/pkg/apis/autoscaling/validation';

/** Metric source types and the field each one reads, in the order validateMetricSpec visits them. */
const SOURCES: ReadonlyArray<readonly [string, string]> = [
  ['Object', 'object'],
  ['External', 'external'],
  ['Pods', 'pods'],
  ['Resource', 'resource'],
  ['ContainerResource', 'containerResource'],
];
const TARGET_TYPES = ['Utilization', 'Value', 'AverageValue'];

type Report = (path: FieldPath, messageId: string, data?: Readonly<Record<string, string | number>>) => void;

/** validateMetricTarget and the "one of" checks of each source on its target. */
function checkTarget(source: string, body: PlainObject, path: FieldPath, report: Report): void {
  const target = asObject(body.target);
  const targetPath = [...path, 'target'];
  if (!target) {
    report([...targetPath, 'type'], 'targetTypeRequired');
    return;
  }
  const type = target.type;
  if (typeof type === 'string' && type !== '' && !TARGET_TYPES.includes(type))
    report([...targetPath, 'type'], 'targetType', { value: type });
  for (const field of ['value', 'averageValue']) {
    const quantity = parseQuantity(target[field]);
    if (quantity && quantity.numerator <= 0n)
      report([...targetPath, field], 'notPositive', { field, value: String(target[field]) });
  }
  const utilization = asInteger(target.averageUtilization);
  if (utilization !== undefined && utilization < 1)
    report([...targetPath, 'averageUtilization'], 'utilizationNotPositive', { value: utilization });
  const has = (field: string): boolean => isSet(target[field]);
  if (source === 'object' && !has('value') && !has('averageValue'))
    report([...targetPath, 'averageValue'], 'valueRequired', { fields: 'value or averageValue' });
  if (source === 'external') {
    if (!has('value') && !has('averageValue'))
      report([...targetPath, 'averageValue'], 'valueRequired', { fields: 'value or averageValue' });
    if (has('value') && has('averageValue')) report([...targetPath, 'value'], 'bothValues');
  }
  if (source === 'pods' && !has('averageValue'))
    report([...targetPath, 'averageValue'], 'valueRequired', { fields: 'averageValue' });
  if (source === 'resource' || source === 'containerResource') {
    if (!has('averageUtilization') && !has('averageValue'))
      report([...targetPath, 'averageUtilization'], 'valueRequired', { fields: 'averageUtilization or averageValue' });
    if (has('averageUtilization') && has('averageValue')) report([...targetPath, 'averageValue'], 'bothUtilization');
  }
}

/** validateMetricIdentifier; a metric without a name at all (the schema reports a name missing from a written metric). */
function checkMetricName(body: PlainObject, path: FieldPath, report: Report): void {
  const metric = asObject(body.metric);
  if (!metric) {
    report([...path, 'metric', 'name'], 'metricNameRequired');
    return;
  }
  if (typeof metric.name === 'string' && metric.name !== '' && pathSegmentNameErrors(metric.name).length > 0)
    report([...path, 'metric', 'name'], 'pathSegment', { field: 'metric name', value: metric.name });
}

/** ValidateCrossVersionObjectReference for an Object metric's describedObject (an empty API group is allowed). */
function checkDescribedObject(body: PlainObject, path: FieldPath, report: Report): void {
  const reference = asObject(body.describedObject) ?? {};
  const base = [...path, 'describedObject'];
  for (const field of ['kind', 'name']) {
    const value = reference[field];
    if (!isSet(value) || value === '') report([...base, field], 'referenceRequired', { field });
    else if (typeof value === 'string' && pathSegmentNameErrors(value).length > 0)
      report([...base, field], 'pathSegment', { field: `describedObject ${field}`, value });
  }
  const apiVersion = reference.apiVersion;
  if (typeof apiVersion === 'string' && apiVersion.split('/').length > 2)
    report([...base, 'apiVersion'], 'apiVersion', { value: apiVersion });
}

function checkSource(source: string, body: PlainObject, path: FieldPath, report: Report): void {
  if (source === 'object') checkDescribedObject(body, path, report);
  if (source === 'object' || source === 'external' || source === 'pods') checkMetricName(body, path, report);
  if (source === 'resource' || source === 'containerResource') {
    if (!isSet(body.name) || body.name === '') report([...path, 'name'], 'resourceNameRequired');
  }
  if (source === 'containerResource') {
    const container = body.container;
    if (!isSet(container) || container === '') report([...path, 'container'], 'containerRequired');
    else if (typeof container === 'string' && dns1123LabelErrors(container).length > 0)
      report([...path, 'container'], 'containerName', { value: container });
  }
  checkTarget(source, body, path, report);
}

function checkMetric(metric: PlainObject, path: FieldPath, report: Report): void {
  const type = metric.type;
  const known = SOURCES.find(([name]) => name === type);
  if (typeof type === 'string' && type !== '' && !known)
    report([...path, 'type'], 'typeUnsupported', { value: type, allowed: quoteList(SOURCES.map(([name]) => name)) });
  const present = SOURCES.filter(([, field]) => isSet(metric[field]));
  const first = present[0];
  // Only the first source present is validated in depth, as validateMetricSpec does.
  if (first) {
    const body = asObject(metric[first[1]]);
    if (body) checkSource(first[1], body, [...path, first[1]], report);
  }
  if (known && !isSet(metric[known[1]]))
    report([...path, known[1]], 'sourceMissing', { type: known[0], source: known[1] });
  if (present.length > 1)
    for (const [, field] of present)
      if (field !== known?.[1]) report([...path, field], 'sourceExtra', { source: field, type: String(type ?? '') });
}

export default defineRule({
  meta: {
    id: 'autoscaling/metric-invalid',
    severity: 'error',
    origin: 'api-error',
    description:
      'Each HPA metric names a known type, fills exactly that source, and sets a valid target (type Utilization, Value or AverageValue; positive values).',
    fixable: false,
    kinds: ['HorizontalPodAutoscaler'],
    sources: [
      { package: AUTOSCALING, function: 'validateMetricSpec' },
      { package: AUTOSCALING, function: 'validateObjectSource' },
      { package: AUTOSCALING, function: 'validateExternalSource' },
      { package: AUTOSCALING, function: 'validatePodsSource' },
      { package: AUTOSCALING, function: 'validateResourceSource' },
      { package: AUTOSCALING, function: 'validateContainerResourceSource', type: 'Required', field: 'name' },
      { package: AUTOSCALING, function: 'validateContainerResourceSource', field: 'container' },
      { package: AUTOSCALING, function: 'validateContainerResourceSource', field: 'averageUtilization' },
      { package: AUTOSCALING, function: 'validateContainerResourceSource', field: 'averageValue' },
      { package: AUTOSCALING, function: 'validateMetricTarget' },
      { package: AUTOSCALING, function: 'validateMetricIdentifier' },
    ],
    messages: {
      typeUnsupported:
        'metric type "{{value}}" is not one the autoscaler knows ({{allowed}}), so the API server refuses the object',
      sourceMissing:
        'a metric of type {{type}} reads its settings from "{{source}}", which is missing, so the API server refuses the object; add the {{source}} block',
      sourceExtra:
        'this metric of type {{type}} also sets "{{source}}", but a metric reads exactly one source, so the API server refuses the object; remove {{source}} or make it a metric of its own',
      targetTypeRequired: 'the metric has no target, so the API server refuses the object; add target with a type',
      targetType:
        'target type "{{value}}" is not Utilization, Value or AverageValue, so the API server refuses the object',
      notPositive: 'target {{field}} is {{value}}, but it must be positive, so the API server refuses the object',
      utilizationNotPositive:
        'target averageUtilization is {{value}}, but it is a percentage of the requests above 0, so the API server refuses the object',
      cpuUtilizationNotPositive:
        'targetCPUUtilizationPercentage is {{value}}, but it is a percentage of the CPU requests above 0, so the API server refuses the object (must be greater than 0); use a value such as 80, or leave it out for the default 80',
      valueRequired: 'the target sets none of {{fields}}, which this metric source needs, so the API server refuses it',
      bothValues:
        'the target sets both value and averageValue, but an External metric compares one of them, so the API server refuses it; keep one',
      bothUtilization:
        'the target sets both averageUtilization and averageValue, but a resource metric compares one of them, so the API server refuses it; keep one',
      metricNameRequired: 'the metric source has no metric name, so the API server refuses it; add metric.name',
      referenceRequired: 'describedObject has no {{field}}, which the API server requires to find the object',
      pathSegment:
        '{{field}} "{{value}}" contains "/" or "%" (or is "." or ".."), but it becomes part of a URL path, so the API server refuses it',
      apiVersion:
        'describedObject apiVersion "{{value}}" is not <group>/<version> or <version>, so the API server refuses the object',
      resourceNameRequired:
        'the resource metric names no resource, so the API server refuses it; set name (e.g. cpu or memory)',
      containerRequired: 'the ContainerResource metric names no container, so the API server refuses it; set container',
      containerName:
        'container "{{value}}" is not a valid container name (a DNS label), so the API server refuses the object',
    },
  },
  create(context) {
    return {
      resource(resource: Resource) {
        if (!isBuiltin(resource, 'autoscaling', ['HorizontalPodAutoscaler'])) return;
        if (resource.version === 'v1') {
          // v1's one CPU target is converted to a Resource metric with that averageUtilization.
          const target = specOf(resource)?.targetCPUUtilizationPercentage;
          if (typeof target === 'number' && Number.isInteger(target) && target < 1)
            context.report({
              resource,
              path: ['spec', 'targetCPUUtilizationPercentage'],
              messageId: 'cpuUtilizationNotPositive',
              data: { value: target },
            });
          return;
        }
        if (resource.version !== 'v2') return;
        const report: Report = (path, messageId, data) =>
          context.report({ resource, path, messageId, ...(data ? { data } : {}) });
        for (const [index, metric] of objectEntries(specOf(resource)?.metrics))
          checkMetric(metric, ['spec', 'metrics', index], report);
      },
    };
  },
});
