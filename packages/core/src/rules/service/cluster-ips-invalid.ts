import { defineRule } from '../../engine/rule.js';
import { isIP, isIPv4, isIPv6Only } from '../../model/ip.js';
import type { FieldPath } from '../../model/path.js';
import { asArray, preview } from '../../model/values.js';
import { effectiveClusterIPs, serviceView } from './utils/service-spec.js';

const CORE = 'k8s.io/kubernetes/pkg/apis/core/validation';

export default defineRule({
  meta: {
    id: 'service/cluster-ips-invalid',
    severity: 'error',
    origin: 'api-error',
    kinds: ['Service'],
    description:
      'clusterIP and clusterIPs must agree and hold valid IP addresses (at most one per family, or None alone), with ipFamilies to match.',
    fixable: false,
    sources: [
      { package: CORE, function: 'ValidateServiceClusterIPsRelatedFields', type: 'Invalid' },
      { package: CORE, function: 'ValidateServiceClusterIPsRelatedFields', type: 'Required' },
      { package: CORE, function: 'ValidateServiceClusterIPsRelatedFields', type: 'NotSupported' },
      { package: CORE, function: 'ValidateServiceClusterIPsRelatedFields', type: 'Duplicate' },
      { package: CORE, function: 'validateService', type: 'Invalid', field: 'clusterIPs' },
    ],
    messages: {
      firstMustMatch:
        'clusterIPs[0] ({{first}}) differs from clusterIP ({{clusterIP}}); the API server refuses the Service because the two fields must name the same primary IP (first value must match `clusterIP`); write the same address in both, or set only clusterIP',
      emptyWithoutClusterIP:
        'clusterIPs is set but clusterIP is not; the API server refuses the Service (must be empty when `clusterIP` is not specified); set clusterIP to the first entry of clusterIPs, or remove clusterIPs',
      notAnIP:
        "{{value}} is not an IP address; the API server refuses the Service (must be a valid IP address, e.g. 10.96.0.10 or fd00::10); write an address of the cluster's service range, None for a headless Service, or leave it out to have one allocated",
      noneNotAlone:
        'None may only be the first and only cluster IP; the API server refuses the Service; use clusterIPs: [None] for a headless Service, or list only addresses',
      tooMany:
        'clusterIPs holds {{count}} values, but a Service has at most 2 (one IPv4, one IPv6); the API server refuses it; remove the extra addresses',
      sameFamily:
        'both cluster IPs are of one family; the API server refuses the Service (may specify no more than one IP for each IP family); give one IPv4 and one IPv6 address, or only one',
      familyMismatch:
        'cluster IP {{value}} is not an {{family}} address, as ipFamilies[{{index}}] says; the API server refuses the Service; reorder ipFamilies or clusterIPs so that they match',
      familyUnsupported:
        'ipFamilies[{{index}}] is empty; the API server refuses it (supported values: "IPv4", "IPv6"); write IPv4 or IPv6, or remove the entry',
      familyDuplicate:
        'ipFamilies lists {{family}} twice; the API server refuses the Service (a Service has at most one IP of each family); remove the repeated entry',
      headlessType:
        'a {{type}} Service cannot be headless (clusterIP: None): it needs a cluster IP for its node ports; the API server refuses it; remove clusterIP: None, or use type: ClusterIP',
    },
  },
  create(context) {
    return {
      resource(resource) {
        const view = serviceView(resource);
        if (!view || view.type === 'ExternalName') return;
        const { spec } = view;
        const ips = effectiveClusterIPs(spec);
        const ipPath = (index: number): FieldPath =>
          ips.written ? ['spec', 'clusterIPs', index] : ['spec', 'clusterIP'];
        const report = (path: FieldPath, messageId: string, data: Record<string, string | number> = {}): void =>
          context.report({ resource, path, messageId, data });

        const clusterIP = typeof spec.clusterIP === 'string' ? spec.clusterIP : '';
        if (ips.written) {
          if (clusterIP !== '' && ips.values[0] !== clusterIP)
            report(['spec', 'clusterIPs'], 'firstMustMatch', {
              first: preview(ips.values[0]),
              clusterIP: preview(clusterIP),
            });
          else if (clusterIP === '') report(['spec', 'clusterIPs'], 'emptyWithoutClusterIP');
        }

        const families = asArray(spec.ipFamilies);
        const seen = new Set<unknown>();
        families.forEach((family, index) => {
          if (family === '') report(['spec', 'ipFamilies', index], 'familyUnsupported', { index });
          else if (seen.has(family))
            report(['spec', 'ipFamilies', index], 'familyDuplicate', { family: String(family) });
          seen.add(family);
        });

        const headless = ips.values.length === 1 && ips.values[0] === 'None';
        if (headless && (view.type === 'LoadBalancer' || view.type === 'NodePort'))
          report(ipPath(0), 'headlessType', { type: view.type });

        let invalid = false;
        ips.values.forEach((value, index) => {
          if (index === 0 && value === 'None') {
            if (ips.values.length > 1) {
              invalid = true;
              report(['spec', 'clusterIPs'], 'noneNotAlone');
            }
            return;
          }
          if (typeof value === 'string' && isIP(value)) return;
          invalid = true;
          report(ipPath(index), 'notAnIP', { value: preview(value) });
        });
        if (ips.values.length > 2) report(['spec', 'clusterIPs'], 'tooMany', { count: ips.values.length });
        if (invalid) return;
        const addresses = ips.values.filter((value): value is string => typeof value === 'string');
        if (addresses.length === 2 && isIPv6Only(addresses[0] ?? '') === isIPv6Only(addresses[1] ?? ''))
          report(['spec', 'clusterIPs'], 'sameFamily');
        if (headless || addresses.length === 0) return;
        addresses.forEach((address, index) => {
          const family = families[index];
          if (family === 'IPv4' && isIPv6Only(address))
            report(ipPath(index), 'familyMismatch', { value: address, family: 'IPv4', index });
          if (family === 'IPv6' && (isIPv4(address) || !isIPv6Only(address)))
            report(ipPath(index), 'familyMismatch', { value: address, family: 'IPv6', index });
        });
      },
    };
  },
});
