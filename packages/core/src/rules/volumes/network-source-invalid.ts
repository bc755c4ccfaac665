import { defineRule } from '../../engine/rule.js';
import { asObject, preview } from '../../model/values.js';
import { singleSourceVolumes } from './utils/volume-files.js';

const CORE = 'k8s.io/kubernetes/pkg/apis/core/validation';

/** Go's net.SplitHostPort accepts it: `host:port` or `[ipv6]:port` (the port may be empty). */
function isHostPort(text: string): boolean {
  const colon = text.lastIndexOf(':');
  if (colon < 0) return false;
  let hostStart = 0;
  let portStart = colon + 1;
  if (text.startsWith('[')) {
    const end = text.indexOf(']');
    if (end < 0 || end + 1 !== colon) return false;
    hostStart = 1;
    portStart = end + 1;
  } else if (text.slice(0, colon).includes(':')) return false;
  return !text.slice(hostStart).includes('[') && !text.slice(portStart).includes(']');
}

export default defineRule({
  meta: {
    id: 'volumes/network-source-invalid',
    severity: 'error',
    origin: 'api-error',
    description:
      'An nfs volume path must be absolute; a quobyte registry is host:port pairs separated by commas, and its tenant at most 64 characters.',
    fixable: false,
    podSpecFields: ['volumes'],
    sources: [
      { package: CORE, function: 'validateNFSVolumeSource', type: 'Invalid', field: 'path' },
      { package: CORE, function: 'validateQuobyteVolumeSource', type: 'Invalid', field: 'registry' },
      { package: CORE, function: 'validateQuobyteVolumeSource', type: 'Required', field: 'tenant' },
    ],
    messages: {
      nfsPath:
        'nfs path {{value}} of volume {{volume}} is not an absolute path, which the API server requires; write the exported directory from the root ("/exports/data")',
      registry:
        'quobyte registry {{value}} of volume {{volume}} is not host:port pairs separated by commas, which the API server requires; add the port of each registry',
      tenant:
        'quobyte tenant of volume {{volume}} is {{length}} characters long; the API server accepts a UUID of at most 64',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        for (const { volume, path, name } of singleSourceVolumes(site)) {
          const data = { volume: JSON.stringify(name) };
          const nfs = asObject(volume.nfs);
          // An empty path is schema/required's finding.
          if (nfs && typeof nfs.path === 'string' && nfs.path !== '' && !nfs.path.startsWith('/'))
            context.report({
              resource,
              path: [...path, 'nfs', 'path'],
              messageId: 'nfsPath',
              data: { ...data, value: preview(nfs.path) },
            });
          const quobyte = asObject(volume.quobyte);
          if (!quobyte || typeof quobyte.registry !== 'string' || quobyte.registry === '') continue;
          const tenant = typeof quobyte.tenant === 'string' ? quobyte.tenant : '';
          if (tenant.length >= 65)
            context.report({
              resource,
              path: [...path, 'quobyte', 'tenant'],
              messageId: 'tenant',
              data: { ...data, length: tenant.length },
            });
          else if (!quobyte.registry.split(',').every(isHostPort))
            context.report({
              resource,
              path: [...path, 'quobyte', 'registry'],
              messageId: 'registry',
              data: { ...data, value: preview(quobyte.registry) },
            });
        }
      },
    };
  },
});
