import { defineRule } from '../../engine/rule.js';
import type { FieldPath } from '../../model/path.js';
import { asObject, preview, type PlainObject } from '../../model/values.js';
import { dns1123LabelErrors, dns1123SubdomainErrors } from '../../schema/names.js';
import { CLAIM_SPEC_KINDS, claimSpecsOf } from './utils/claim-specs.js';
import { CORE_VALIDATION } from './utils/persistent-volumes.js';

type Reference = PlainObject | undefined;

function isNil(value: unknown): boolean {
  return value === undefined || value === null;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** dataSourceIsPvcOrSnapshot: the only data sources a claim without dataSourceRef keeps (older ones are dropped). */
function isClaimOrSnapshot(reference: PlainObject): boolean {
  const group = text(reference.apiGroup);
  return (
    (reference.kind === 'PersistentVolumeClaim' && group === '') ||
    (reference.kind === 'VolumeSnapshot' && group === 'snapshot.storage.k8s.io')
  );
}

/**
 * The data sources the API server validates on create, after its own rewriting: a dataSourceRef
 * with a namespace is dropped (cross-namespace sources are off by default), a dataSource other
 * than a claim or a snapshot is dropped when no dataSourceRef is given, and each is then copied
 * into the other when only one is set (the copy's problems are reported where they are written).
 */
function effectiveSources(spec: PlainObject): { dataSource: Reference; dataSourceRef: Reference } {
  let dataSourceRef = asObject(spec.dataSourceRef);
  if (dataSourceRef && text(dataSourceRef.namespace) !== '') dataSourceRef = undefined;
  let dataSource = asObject(spec.dataSource);
  if (dataSource && !dataSourceRef && !isClaimOrSnapshot(dataSource)) dataSource = undefined;
  return { dataSource, dataSourceRef };
}

export default defineRule({
  meta: {
    id: 'storage/claim-data-source-invalid',
    severity: 'error',
    origin: 'api-error',
    description:
      'A PersistentVolumeClaim’s (or claim template’s) dataSource and dataSourceRef must name a kind and an object, and agree with each other.',
    fixable: false,
    kinds: CLAIM_SPEC_KINDS,
    sources: [
      { package: CORE_VALIDATION, function: 'validateDataSource' },
      { package: CORE_VALIDATION, function: 'validateDataSourceRef', type: 'Required' },
      { package: CORE_VALIDATION, function: 'validateDataSourceRef', type: 'Invalid' },
      { package: CORE_VALIDATION, function: 'ValidatePersistentVolumeClaimSpec', type: 'Invalid' },
    ],
    messages: {
      required: '{{field}} has no {{part}}, so the API server refuses the claim; name the {{part}} of the source',
      coreKind:
        '{{field}} names kind {{kind}} without an apiGroup, but in the core group only a PersistentVolumeClaim can be a data source, so the API server refuses the claim; add the kind’s apiGroup (snapshot.storage.k8s.io for a VolumeSnapshot)',
      apiGroup: '{{field}}.apiGroup {{value}} is not a valid API group: {{reasons}}; the API server refuses the claim',
      namespace:
        'dataSourceRef.namespace {{value}} is not a valid namespace name: {{reasons}}; the API server refuses the claim',
      crossNamespace:
        'dataSource may not be set beside a dataSourceRef with a namespace (a cross-namespace source), so the API server refuses the claim; keep only dataSourceRef',
      mismatch:
        'dataSource and dataSourceRef name different sources, so the API server refuses the claim (must match dataSourceRef); keep only dataSourceRef',
    },
  },
  create(context) {
    return {
      resource(resource) {
        for (const site of claimSpecsOf(resource)) {
          // A claim is rewritten on create; a claim template (a StatefulSet's, an ephemeral volume's) is validated as written.
          const isClaim = resource.kind === 'PersistentVolumeClaim';
          const { dataSource, dataSourceRef } = isClaim
            ? effectiveSources(site.spec)
            : { dataSource: asObject(site.spec.dataSource), dataSourceRef: asObject(site.spec.dataSourceRef) };
          const check = (reference: PlainObject, field: string): void => {
            const path: FieldPath = [...site.path, field];
            for (const part of ['name', 'kind'])
              if (text(reference[part]) === '')
                context.report({ resource, path: [...path, part], messageId: 'required', data: { field, part } });
            const group = text(reference.apiGroup);
            if (group === '' && text(reference.kind) !== 'PersistentVolumeClaim')
              context.report({
                resource,
                path,
                messageId: 'coreKind',
                data: { field, kind: preview(text(reference.kind)) },
              });
            const reasons = group === '' ? [] : dns1123SubdomainErrors(group);
            if (reasons.length)
              context.report({
                resource,
                path: [...path, 'apiGroup'],
                messageId: 'apiGroup',
                data: { field, value: preview(group), reasons: reasons.join('; ') },
              });
            const namespace = text(reference.namespace);
            const namespaceReasons = namespace === '' ? [] : dns1123LabelErrors(namespace);
            if (namespaceReasons.length)
              context.report({
                resource,
                path: [...path, 'namespace'],
                messageId: 'namespace',
                data: { value: preview(namespace), reasons: namespaceReasons.join('; ') },
              });
          };
          if (dataSource) check(dataSource, 'dataSource');
          if (dataSourceRef) check(dataSourceRef, 'dataSourceRef');
          if (!dataSource || !dataSourceRef) continue;
          if (text(dataSourceRef.namespace) !== '')
            context.report({ resource, path: [...site.path, 'dataSource'], messageId: 'crossNamespace' });
          else if (
            text(dataSource.apiGroup) !== text(dataSourceRef.apiGroup) ||
            isNil(dataSource.apiGroup) !== isNil(dataSourceRef.apiGroup) ||
            text(dataSource.kind) !== text(dataSourceRef.kind) ||
            text(dataSource.name) !== text(dataSourceRef.name)
          )
            context.report({ resource, path: [...site.path, 'dataSource'], messageId: 'mismatch' });
        }
      },
    };
  },
});
