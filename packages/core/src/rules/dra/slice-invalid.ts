import { defineRule } from '../../engine/rule.js';
import { asInteger } from '../../model/builtin.js';
import { asArray, asObject, goString, isSet, objectEntries, type PlainObject } from '../../model/values.js';
import { dns1123SubdomainErrors, dns1123SubdomainSyntaxErrors } from '../../schema/names.js';
import {
  driverNameProblems,
  isDraKind,
  objectOrEmpty,
  RESOURCE_DECLARATIVE,
  reportCounters,
  RESOURCE_VALIDATION,
} from './utils/dra.js';

const POOL_NAME_MAX = 253;

/** validatePoolName: at most 253 characters, each `/`-separated part a DNS subdomain. */
function poolNameProblems(name: string): string[] {
  const problems = name.length > POOL_NAME_MAX ? [`it is ${name.length} characters long; the limit is 253`] : [];
  for (const part of name.split('/')) problems.push(...dns1123SubdomainSyntaxErrors(part));
  return [...new Set(problems)];
}

export default defineRule({
  meta: {
    id: 'dra/slice-invalid',
    severity: 'error',
    origin: 'api-error',
    kinds: ['ResourceSlice'],
    description:
      'A ResourceSlice needs a driver, a pool (name, resourceSliceCount, generation), exactly one node selection, and devices or sharedCounters.',
    fixable: false,
    sources: [
      { package: RESOURCE_VALIDATION, function: 'validateResourceSliceSpec', type: 'Invalid' },
      { package: RESOURCE_VALIDATION, function: 'validateResourceSliceSpec', type: 'Required' },
      { package: RESOURCE_VALIDATION, function: 'validateResourcePool' },
      { package: RESOURCE_VALIDATION, function: 'validatePoolName' },
      { package: RESOURCE_VALIDATION, function: 'validateNodeName' },
      { package: RESOURCE_VALIDATION, function: 'validateCounterSet' },
      { package: RESOURCE_DECLARATIVE, function: 'Validate_CounterSet' },
    ],
    messages: {
      driver:
        'driver {{value}} is not a valid driver name ({{reasons}}), so the API server refuses the slice; write the DNS name of the DRA driver, e.g. gpu.example.com',
      poolNameRequired:
        'the pool has no name, so the API server refuses the slice; name the pool, e.g. after the node (worker-1)',
      poolName:
        'pool name {{value}} is not valid ({{reasons}}), so the API server refuses the slice; use lowercase DNS names separated by "/"',
      sliceCount:
        'pool.resourceSliceCount is {{value}}, but a pool has at least this slice, so the API server refuses it (must be greater than zero); write the number of slices in the pool',
      generation:
        'pool.generation is {{value}}, so the API server refuses the slice (must be greater than or equal to zero); start at 0 and count up',
      nodeNameEmpty:
        'nodeName is an empty string, so the API server refuses the slice (must be either unset or set to a non-empty string); write the node, or remove nodeName',
      nodeNameInvalid:
        'nodeName {{value}} is not a valid node name ({{reasons}}), so the API server refuses the slice; write the name of the node',
      notTrue:
        '{{field}} is false, so the API server refuses the slice (must be either unset or set to true); remove it, or set it to true',
      selectionRequired:
        'the slice does not say where its devices are, so the API server refuses it (exactly one of `nodeName`, `nodeSelector`, `allNodes`, `perDeviceNodeSelection` is required); add nodeName, nodeSelector, allNodes: true or perDeviceNodeSelection: true',
      selectionMultiple:
        'the slice sets {{fields}}, so the API server refuses it (exactly one of `nodeName`, `nodeSelector`, `allNodes`, `perDeviceNodeSelection` is required, but multiple fields are set); keep one',
      selectorTerms:
        'nodeSelector has {{count}} terms, so the API server refuses the slice (must have exactly one node selector term); combine them into one',
      countersAndDevices:
        'the slice has both sharedCounters and devices, so the API server refuses it (only one of `sharedCounters` or `devices` is allowed); publish the counters in a slice of their own',
      counterSetName:
        'counter set name {{value}} is not a DNS label ({{reasons}}), so the API server refuses the slice; name the set, e.g. gpu-0-counters',
      countersRequired:
        'this counter set has no counters, so the API server refuses the slice (Required value); add counters, e.g. memory: {value: 40Gi}',
    },
  },
  create(context) {
    return {
      resource(resource) {
        if (!isDraKind(resource, 'ResourceSlice')) return;
        const spec = objectOrEmpty(resource.object.spec);
        if (!spec) return;
        const driver = goString(spec.driver);
        if (driver !== undefined) {
          const reasons = driverNameProblems(driver);
          if (reasons.length > 0)
            context.report({
              resource,
              path: ['spec', 'driver'],
              messageId: 'driver',
              data: { value: JSON.stringify(driver), reasons: reasons.join('; ') },
            });
        }
        checkPool(objectOrEmpty(spec.pool));
        checkNodeSelection(spec);
        if (isSet(spec.sharedCounters) && isSet(spec.devices))
          context.report({ resource, path: ['spec'], messageId: 'countersAndDevices' });
        for (const [index, counterSet] of objectEntries(spec.sharedCounters))
          reportCounters(context, resource, counterSet, 'name', ['spec', 'sharedCounters', index]);

        function checkPool(pool: PlainObject | undefined): void {
          if (!pool) return;
          const name = goString(pool.name);
          if (name === '') context.report({ resource, path: ['spec', 'pool', 'name'], messageId: 'poolNameRequired' });
          else if (name !== undefined) {
            const reasons = poolNameProblems(name);
            if (reasons.length > 0)
              context.report({
                resource,
                path: ['spec', 'pool', 'name'],
                messageId: 'poolName',
                data: { value: JSON.stringify(name), reasons: reasons.join('; ') },
              });
          }
          const count =
            pool.resourceSliceCount === undefined || pool.resourceSliceCount === null
              ? 0
              : asInteger(pool.resourceSliceCount);
          if (count !== undefined && count <= 0)
            context.report({
              resource,
              path: ['spec', 'pool', 'resourceSliceCount'],
              messageId: 'sliceCount',
              data: { value: count },
            });
          const generation = asInteger(pool.generation);
          if (generation !== undefined && generation < 0)
            context.report({
              resource,
              path: ['spec', 'pool', 'generation'],
              messageId: 'generation',
              data: { value: generation },
            });
        }

        function checkNodeSelection(spec: PlainObject): void {
          const set: string[] = [];
          if (isSet(spec.nodeName)) {
            const nodeName = goString(spec.nodeName);
            if (nodeName === '') context.report({ resource, path: ['spec', 'nodeName'], messageId: 'nodeNameEmpty' });
            else if (nodeName !== undefined) {
              set.push('nodeName');
              const reasons = dns1123SubdomainErrors(nodeName);
              if (reasons.length > 0)
                context.report({
                  resource,
                  path: ['spec', 'nodeName'],
                  messageId: 'nodeNameInvalid',
                  data: { value: JSON.stringify(nodeName), reasons: reasons.join('; ') },
                });
            } else return;
          }
          if (isSet(spec.nodeSelector)) {
            set.push('nodeSelector');
            const selector = asObject(spec.nodeSelector);
            const terms = selector ? asArray(selector.nodeSelectorTerms) : undefined;
            if (terms && terms.length !== 1)
              context.report({
                resource,
                path: ['spec', 'nodeSelector', 'nodeSelectorTerms'],
                messageId: 'selectorTerms',
                data: { count: terms.length },
              });
          }
          for (const field of ['allNodes', 'perDeviceNodeSelection']) {
            if (!isSet(spec[field])) continue;
            if (spec[field] === true) set.push(field);
            else if (spec[field] === false)
              context.report({ resource, path: ['spec', field], messageId: 'notTrue', data: { field } });
            else return;
          }
          if (set.length === 0) context.report({ resource, path: ['spec'], messageId: 'selectionRequired' });
          else if (set.length > 1)
            context.report({
              resource,
              path: ['spec'],
              messageId: 'selectionMultiple',
              data: { fields: set.join(', ') },
            });
        }
      },
    };
  },
});
