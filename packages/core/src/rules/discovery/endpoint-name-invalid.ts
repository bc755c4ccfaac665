import { defineRule } from '../../engine/rule.js';
import type { FieldPath } from '../../model/path.js';
import { asObject, preview } from '../../model/values.js';
import { dns1123LabelErrors, dns1123SubdomainErrors, labelValueErrors } from '../../schema/names.js';
import { endpointsAddresses, endpointsKindOf, entriesAt, sliceEndpoints } from './utils/endpoints.js';

const CORE = 'k8s.io/kubernetes/pkg/apis/core/validation';
const DISCOVERY = 'k8s.io/kubernetes/pkg/apis/discovery/validation';

export default defineRule({
  meta: {
    id: 'discovery/endpoint-name-invalid',
    severity: 'error',
    origin: 'api-error',
    kinds: ['Endpoints', 'EndpointSlice'],
    description:
      "An endpoint's hostname must be a DNS label, its nodeName (and node hints) a node name, and zone hints label values, each hint once.",
    fixable: false,
    sources: [
      { package: CORE, function: 'validateEndpointAddress', type: 'Invalid', field: 'nodeName' },
      { package: CORE, function: 'ValidateDNS1123Label' },
      { package: DISCOVERY, function: 'validateEndpoints', type: 'Invalid', field: 'nodeName' },
      { package: DISCOVERY, function: 'validateHints', type: 'Invalid' },
      { package: DISCOVERY, function: 'validateHints', type: 'Duplicate' },
    ],
    messages: {
      hostname:
        'hostname {{value}} is not a DNS label: {{reasons}}; the API server refuses the object; write the pod\'s hostname, e.g. "web-0"',
      nodeName:
        'nodeName {{value}} is not a node name: {{reasons}}; the API server refuses the object; write the name of the node as `kubectl get nodes` shows it',
      zone: 'zone hint {{value}} is not a label value: {{reasons}}; the API server refuses the slice; write the zone as nodes label it (topology.kubernetes.io/zone)',
      node: 'node hint {{value}} is not a node name: {{reasons}}; the API server refuses the slice; write the name of a node',
      duplicate:
        '{{value}} is listed twice in these hints; the API server refuses the slice (Duplicate value); remove the repeated entry',
    },
  },
  create(context) {
    return {
      resource(resource) {
        const kind = endpointsKindOf(resource);
        if (!kind) return;
        const check = (
          value: unknown,
          path: FieldPath,
          messageId: string,
          errors: (text: string) => string[],
        ): void => {
          if (typeof value !== 'string') return;
          const reasons = errors(value);
          if (reasons.length > 0)
            context.report({ resource, path, messageId, data: { value: preview(value), reasons: reasons.join('; ') } });
        };
        const entries = kind === 'Endpoints' ? endpointsAddresses(resource) : sliceEndpoints(resource);
        for (const { entry, path } of entries) {
          // An empty hostname is unset in an Endpoints address; a slice's is a pointer, so "" is checked.
          if (kind === 'EndpointSlice' || entry.hostname !== '')
            check(entry.hostname, [...path, 'hostname'], 'hostname', dns1123LabelErrors);
          check(entry.nodeName, [...path, 'nodeName'], 'nodeName', nonEmpty(dns1123SubdomainErrors));
          if (kind !== 'EndpointSlice') continue;
          const hints = asObject(entry.hints);
          const hintLists: Array<[string, string, (text: string) => string[]]> = [
            ['forZones', 'zone', labelValueErrors],
            ['forNodes', 'node', nonEmpty(dns1123SubdomainErrors)],
          ];
          for (const [list, messageId, errors] of hintLists) {
            const seen = new Set<unknown>();
            for (const { entry: hint, path: hintPath } of entriesAt(hints?.[list], [...path, 'hints', list])) {
              const name = hint.name ?? '';
              if (seen.has(name))
                context.report({
                  resource,
                  path: [...hintPath, 'name'],
                  messageId: 'duplicate',
                  data: { value: preview(name) },
                });
              seen.add(name);
              check(name, [...hintPath, 'name'], messageId, errors);
            }
          }
        }
      },
    };
  },
});

/** An empty name fails the name syntax too (the API server's regular expression needs a character). */
function nonEmpty(errors: (text: string) => string[]): (text: string) => string[] {
  return (text) => (text === '' ? ['it must not be empty'] : errors(text));
}
