import { defineRule } from '../../engine/rule.js';
import { CORE_VALIDATION, PV_SOURCES, persistentVolumeSpec, setSources } from './utils/persistent-volumes.js';

export default defineRule({
  meta: {
    id: 'storage/pv-source-count',
    severity: 'error',
    origin: 'api-error',
    kinds: ['PersistentVolume'],
    description: 'A PersistentVolume must name exactly one volume source: nfs, csi, local, hostPath, iscsi, …',
    fixable: false,
    sources: [
      // "must specify a volume type" is the function's only Required error without a field; the
      // others (accessModes, capacity, nodeAffinity, csi, volumeAttributesClassName) are mirrored
      // by the schema rules and the other storage rules.
      { package: CORE_VALIDATION, function: 'ValidatePersistentVolumeSpec', type: 'Required' },
      ...PV_SOURCES.filter((source) => source.key !== 'flexVolume').map((source) => ({
        package: CORE_VALIDATION,
        function: 'ValidatePersistentVolumeSpec',
        type: 'Forbidden' as const,
        field: source.reportedAs,
      })),
    ],
    messages: {
      none: 'the PersistentVolume names no volume source, so the API server refuses it (must specify a volume type); add the one that holds the data, e.g. nfs, csi or local',
      second:
        'the PersistentVolume already takes its storage from {{first}}, so the API server refuses {{source}} (may not specify more than 1 volume type); a PersistentVolume has exactly one source: keep one and move the other into a PersistentVolume of its own',
    },
  },
  create(context) {
    return {
      resource(resource) {
        const spec = persistentVolumeSpec(resource);
        if (!spec) return;
        const sources = setSources(spec);
        if (sources.length === 0) {
          context.report({ resource, path: ['spec'], messageId: 'none' });
          return;
        }
        // flexVolume is counted but never refused itself (ValidatePersistentVolumeSpec skips the check for it).
        let counted = 0;
        for (const source of sources) {
          if (counted > 0 && source.key !== 'flexVolume')
            context.report({
              resource,
              path: ['spec', source.key],
              messageId: 'second',
              data: { source: source.key, first: sources[0]?.key ?? '' },
            });
          else counted++;
        }
      },
    };
  },
});
