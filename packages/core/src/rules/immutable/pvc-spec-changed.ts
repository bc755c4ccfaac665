import { defineRule } from '../../engine/rule.js';
import { compareVersions } from '../../release/versions.js';
import { asObject, asString, isObject, type PlainObject } from '../../model/values.js';
import { change, differences, isUnset } from '../../update/update-view.js';
import { compareQuantities } from '../../model/quantity.js';
import { changed, IMMUTABLE_MESSAGES, isUpdateOf, report, reportDifferences } from './utils/report.js';

const BETA_CLASS = 'volume.beta.kubernetes.io/storage-class';
const WAY_OUT =
  'to change anything else, create a new claim under a new name, copy or restore the data into it (for example from a VolumeSnapshot through dataSourceRef), and delete the old claim';

export default defineRule({
  meta: {
    id: 'immutable/pvc-spec-changed',
    severity: 'error',
    origin: 'api-error',
    description:
      "A PersistentVolumeClaim's spec may not change, except growing its storage request and its volumeAttributesClassName.",
    fixable: false,
    messages: IMMUTABLE_MESSAGES,
    sources: [
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'ValidatePersistentVolumeClaimUpdate' },
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'validateStorageClassUpgradeFromAnnotation' },
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'validateStorageClassUpgradeFromNil' },
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'ValidateImmutableAnnotation' },
    ],
  },
  create(context) {
    return {
      update(pair) {
        if (!isUpdateOf(pair, 'PersistentVolumeClaim', [''])) return;
        const view = context.updateView(pair);
        const oldSpec = structuredClone(asObject(view.old.spec) ?? {});
        const newSpec = structuredClone(asObject(view.next.spec) ?? {});
        const oldAnnotations = asObject(asObject(view.old.metadata)?.annotations) ?? {};
        const newAnnotations = asObject(asObject(view.next.metadata)?.annotations) ?? {};
        const status = asObject(pair.old.object.status);
        // A claim read from the cluster says whether it is bound; one from a manifest is assumed bound.
        const bound = view.live ? status?.phase === 'Bound' : true;
        const say = (path: Parameters<typeof report>[2], message: string): void =>
          report(context, pair.new, path, message);

        if (isUnset(oldSpec.volumeName, ['spec', 'volumeName'])) oldSpec.volumeName = newSpec.volumeName;
        if (
          upgradesFromAnnotation(oldAnnotations, newAnnotations, oldSpec.storageClassName, newSpec.storageClassName)
        ) {
          newSpec.storageClassName = oldSpec.storageClassName;
        } else {
          const before = asString(oldAnnotations[BETA_CLASS]) ?? '';
          const after = asString(newAnnotations[BETA_CLASS]) ?? '';
          if (before !== after)
            say(
              ['metadata', 'annotations', BETA_CLASS],
              `the annotation ${BETA_CLASS} changes ${change(before, after)}, but the storage class of a claim is fixed at creation (the API server refuses: field is immutable); keep the annotation, or ${WAY_OUT}`,
            );
          const annotated = asString(oldAnnotations[BETA_CLASS]);
          const setsClassFromNil =
            typeof newSpec.storageClassName === 'string' &&
            (oldSpec.storageClassName === undefined || oldSpec.storageClassName === null) &&
            (annotated === undefined || annotated === newSpec.storageClassName);
          if (setsClassFromNil) newSpec.storageClassName = oldSpec.storageClassName;
        }

        const oldStorage = asObject(asObject(oldSpec.resources)?.requests)?.storage;
        const newRequests = asObject(asObject(newSpec.resources)?.requests);
        const newStorage = newRequests?.storage;
        if (bound && newRequests) newRequests.storage = oldStorage;
        const vacMutable = compareVersions(context.kubernetesVersion, '1.34') >= 0;
        if (bound && vacMutable) newSpec.volumeAttributesClassName = oldSpec.volumeAttributesClassName;
        if (oldSpec.volumeMode !== newSpec.volumeMode) {
          say(
            ['spec', 'volumeMode'],
            `spec.volumeMode changes ${change(oldSpec.volumeMode, newSpec.volumeMode)}, but a claim's volume mode is fixed at creation (the API server refuses: volumeMode: field is immutable); ${WAY_OUT}`,
          );
          newSpec.volumeMode = oldSpec.volumeMode;
        }

        const found = differences(oldSpec, newSpec, ['spec']);
        // A claim's selector is a pointer, where a Service's at the same path is a map (which the
        // shared comparison assumes there): `selector: {}` is a selector that was not there.
        if (isObject(oldSpec.selector) !== isObject(newSpec.selector) && !found.some(isSelectorDifference))
          found.push({ path: ['spec', 'selector'], old: oldSpec.selector, new: newSpec.selector });
        reportDifferences(context, pair.new, found, (difference) => {
          const storageHint =
            difference.path.join('.') === 'spec.resources.requests.storage'
              ? ' (storage may only grow, and only once the claim is Bound)'
              : '';
          return `${changed(pair.new, difference)}, but a PersistentVolumeClaim's spec cannot change after creation except a larger storage request and volumeAttributesClassName${storageHint} (the API server refuses: spec: Forbidden: spec is immutable after creation except resources.requests and volumeAttributesClassName for bound claims); ${WAY_OUT}`;
        });

        if (bound)
          checkShrink(
            oldStorage,
            newStorage,
            status,
            view.live,
            compareVersions(context.kubernetesVersion, '1.32') >= 0,
            say,
          );
        checkAttributesClassRemoval(oldSpec, asObject(view.next.spec) ?? {}, status, say);
      },
    };
  },
});

function isSelectorDifference(difference: { path: readonly unknown[] }): boolean {
  return difference.path[0] === 'spec' && difference.path[1] === 'selector';
}

type Say = (path: Array<string | number>, message: string) => void;

function checkShrink(
  oldStorage: unknown,
  newStorage: unknown,
  status: PlainObject | undefined,
  live: boolean,
  canRecover: boolean,
  say: Say,
): void {
  if (compareQuantities(newStorage, oldStorage) !== -1) return;
  const path = ['spec', 'resources', 'requests', 'storage'];
  if (!canRecover) {
    say(
      path,
      `spec.resources.requests.storage shrinks ${change(oldStorage, newStorage)}, but a claim's storage may only grow (the API server refuses: field can not be less than previous value); keep ${String(oldStorage)} or more`,
    );
    return;
  }
  // RecoverVolumeExpansionFailure: a request may go back down, but stay above the capacity the volume has.
  const capacity = live ? (asObject(status?.capacity)?.storage ?? '0') : oldStorage;
  if (compareQuantities(newStorage, capacity) === 1) return;
  say(
    path,
    `spec.resources.requests.storage shrinks ${change(oldStorage, newStorage)}, but volumes cannot shrink: a request may only be lowered to recover from a failed expansion, and must stay above the claim's current capacity (${String(capacity)}) (the API server refuses: field can not be less than status.capacity); keep ${String(oldStorage)}`,
  );
}

function checkAttributesClassRemoval(
  oldSpec: PlainObject,
  newSpec: PlainObject,
  status: PlainObject | undefined,
  say: Say,
): void {
  if (typeof status?.currentVolumeAttributesClassName !== 'string') return;
  if (oldSpec.volumeAttributesClassName === newSpec.volumeAttributesClassName) return;
  const value = newSpec.volumeAttributesClassName;
  if (value !== undefined && value !== null && value !== '') return;
  say(
    ['spec', 'volumeAttributesClassName'],
    `spec.volumeAttributesClassName is ${value === '' ? 'emptied' : 'removed'}, but once a VolumeAttributesClass has been applied to the volume it can only be replaced by another class (the API server refuses: update to ${value === '' ? 'empty string' : 'nil'} is forbidden when status.currentVolumeAttributesClassName is not nil); name another class instead`,
  );
}

/** validateStorageClassUpgradeFromAnnotation: moving the beta annotation's class into the field is allowed. */
function upgradesFromAnnotation(
  oldAnnotations: PlainObject,
  newAnnotations: PlainObject,
  oldClass: unknown,
  newClass: unknown,
): boolean {
  const annotated = asString(oldAnnotations[BETA_CLASS]);
  if (annotated === undefined || (oldClass !== undefined && oldClass !== null) || newClass !== annotated) return false;
  const newAnnotation = asString(newAnnotations[BETA_CLASS]);
  return newAnnotation === undefined || newAnnotation === annotated;
}
