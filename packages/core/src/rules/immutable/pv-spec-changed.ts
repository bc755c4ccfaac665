import { defineRule } from '../../engine/rule.js';
import { asObject, type PlainObject } from '../../model/values.js';
import { change, compareAt, differences, sameValue } from '../../update/update-view.js';
import { changed, IMMUTABLE_MESSAGES, isUpdateOf, report, reportDifferences } from './utils/report.js';
import { lookupTable } from '../../util/lookup-table.js';

/** The inlined PersistentVolumeSource: whichever of these a volume sets is fixed at creation. */
const SOURCES = [
  'awsElasticBlockStore',
  'azureDisk',
  'azureFile',
  'cephfs',
  'cinder',
  'csi',
  'fc',
  'flexVolume',
  'flocker',
  'gcePersistentDisk',
  'glusterfs',
  'hostPath',
  'iscsi',
  'local',
  'nfs',
  'photonPersistentDisk',
  'portworxVolume',
  'quobyte',
  'rbd',
  'scaleIO',
  'storageos',
  'vsphereVolume',
];

/** Beta topology labels a volume's node affinity may move to their GA names. */
const GA_LABELS = lookupTable<string>({
  'failure-domain.beta.kubernetes.io/zone': 'topology.kubernetes.io/zone',
  'failure-domain.beta.kubernetes.io/region': 'topology.kubernetes.io/region',
  'beta.kubernetes.io/os': 'kubernetes.io/os',
  'beta.kubernetes.io/arch': 'kubernetes.io/arch',
  'beta.kubernetes.io/instance-type': 'node.kubernetes.io/instance-type',
});

const WAY_OUT = 'create a new PersistentVolume (a new name) for the new source and bind the claims to it';

export default defineRule({
  meta: {
    id: 'immutable/pv-spec-changed',
    severity: 'error',
    origin: 'api-error',
    description: "A PersistentVolume's source, volumeMode and node affinity may not change.",
    fixable: false,
    messages: IMMUTABLE_MESSAGES,
    sources: [
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'ValidatePersistentVolumeUpdate' },
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'validatePvNodeAffinity' },
    ],
  },
  create(context) {
    return {
      update(pair) {
        if (!isUpdateOf(pair, 'PersistentVolume', [''])) return;
        const view = context.updateView(pair);
        const oldSpec = asObject(view.old.spec) ?? {};
        const newSpec = asObject(view.next.spec) ?? {};
        const oldSource = sourceOf(oldSpec);
        const newSource = sourceOf(newSpec);
        const oldCsi = asObject(oldSource.csi);
        const newCsi = asObject(newSource.csi);
        if (oldCsi && newCsi && oldCsi.controllerExpandSecretRef === undefined)
          newSource.csi = { ...newCsi, controllerExpandSecretRef: undefined };
        const found = differences(oldSource, newSource, ['spec']);
        reportDifferences(
          context,
          pair.new,
          found,
          (difference) =>
            `${changed(pair.new, difference)}, but the volume source of a PersistentVolume cannot change after creation (the API server refuses: spec.persistentvolumesource is immutable after creation); ${WAY_OUT}`,
        );

        const mode = compareAt(view, ['spec', 'volumeMode']);
        if (mode)
          report(
            context,
            pair.new,
            mode.path,
            `spec.volumeMode changes ${change(mode.old, mode.new)}, but a volume's mode is fixed at creation (the API server refuses: volumeMode: field is immutable); ${WAY_OUT}`,
          );

        const oldAffinity = oldSpec.nodeAffinity;
        if (
          oldAffinity !== undefined &&
          oldAffinity !== null &&
          !sameValue(withGaLabels(oldAffinity), withGaLabels(newSpec.nodeAffinity), ['spec', 'nodeAffinity'])
        ) {
          report(
            context,
            pair.new,
            ['spec', 'nodeAffinity'],
            `spec.nodeAffinity changes, but a volume's node affinity is fixed once set, except renaming beta topology labels to their GA names (the API server refuses: nodeAffinity: field is immutable, except for updating from beta label to GA); ${WAY_OUT}`,
          );
        }
      },
    };
  },
});

function sourceOf(spec: PlainObject): PlainObject {
  const source: PlainObject = {};
  for (const key of SOURCES) if (spec[key] !== undefined) source[key] = spec[key];
  return source;
}

/** Node affinity with beta label keys renamed, so that only a beta → GA rename compares equal. */
function withGaLabels(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withGaLabels);
  if (typeof value !== 'object' || value === null) return value;
  const out: PlainObject = {};
  for (const [key, item] of Object.entries(value)) {
    out[key] = key === 'key' && typeof item === 'string' ? (GA_LABELS[item] ?? item) : withGaLabels(item);
  }
  return out;
}
