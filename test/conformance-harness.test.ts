import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { lint } from '../packages/core/src/index.js';
import { areaOf } from '../scripts/conformance/areas.js';
import { BASES } from '../scripts/conformance/bases.js';
import { classify, pathMatches } from '../scripts/conformance/compare.js';
import { Random } from '../scripts/conformance/random.js';
import { operatorsForLedgerFields } from '../scripts/conformance/mutate.js';
import { drawVariants, manifestText, sentText } from '../scripts/conformance/variants.js';
import { askOracle } from './support/oracle-client.js';

describe('conformance harness', () => {
  test('a path matches at the oracle path, inside it, or one level above it', () => {
    assert.ok(pathMatches('spec.ports[0].port', 'spec.ports[0].port'));
    assert.ok(pathMatches('spec.ports[0].port', 'spec.ports[0]'));
    assert.ok(pathMatches('spec.ports[0]', 'spec.ports[0].port'));
    assert.ok(!pathMatches('spec.ports', 'spec.ports[0].port'));
    // A missing struct is validated as its zero value: the API server names what it lacks.
    const job = { kind: 'Job', spec: { backoffLimit: 1 } };
    assert.ok(pathMatches('spec.template', 'spec.template.spec.containers', job));
    assert.ok(!pathMatches('spec', 'spec.template.spec.containers', job));
    assert.ok(!pathMatches('spec.template', 'spec.template.spec.containers', { spec: { template: {} } }));
    // A StatefulSet's claim template is validated as the first pod volume; a v1 HPA's CPU target as a metric.
    const claimed = { kind: 'StatefulSet', spec: { volumeClaimTemplates: [{ metadata: { name: 'Data' } }] } };
    assert.ok(pathMatches('spec.volumeClaimTemplates[0].metadata.name', 'spec.template.spec.volumes[0].name', claimed));
    const hpa = { apiVersion: 'autoscaling/v1', kind: 'HorizontalPodAutoscaler', spec: {} };
    assert.ok(
      pathMatches('spec.targetCPUUtilizationPercentage', 'spec.metrics[0].resource.target.averageUtilization', hpa),
    );
    // The API server leaves `metadata` out of a template's label and annotation paths.
    assert.ok(pathMatches('spec.template.metadata.annotations[bad key]', 'spec.template.annotations'));
    assert.ok(pathMatches('spec.containers[0].resources.limits.memory', 'spec.containers[0].resources.limits[memory]'));
    assert.ok(pathMatches('spec.volumes[0].gcePersistentDisk.pdName', 'spec.volumes[0].persistentDisk.pdName'));
    const term = 'spec.affinity.podAntiAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].podAffinityTerm';
    assert.ok(pathMatches(`${term}.namespaces[1]`, `${term}.namespace`));
    assert.ok(
      pathMatches(
        'spec.topologySpreadConstraints[0].topologyKey',
        'spec.topologySpreadConstraints[0].{topologyKey, whenUnsatisfiable}',
      ),
    );
    // The storage validation's own spellings of PersistentVolume and CSIDriver fields.
    assert.ok(pathMatches('spec.csi.fsType', 'spec.persistentvolumesource'));
    assert.ok(pathMatches('spec.nodeAffinity.required', 'nodeAffinity'));
    assert.ok(pathMatches('spec.cephfs', 'spec.cephFS'));
    assert.ok(pathMatches('spec.attachRequired', 'spec.attachedRequired'));
    assert.ok(!pathMatches('metadata.name', 'spec.persistentvolumesource'));
    assert.ok(pathMatches('spec.resources.requests.storage', 'spec.resources[storage]'));
    // A CustomResourceDefinition's shared schema is validated as the top-level spec.validation.
    const crd = { kind: 'CustomResourceDefinition' };
    assert.ok(pathMatches('spec.versions[0].schema.openAPIV3Schema.id', 'spec.validation.openAPIV3Schema', crd));
    assert.ok(pathMatches('spec.versions[0].subresources.scale', 'spec.subresources.scale.specReplicasPath', crd));
    // A StatefulSet's volumes are validated after one per volumeClaimTemplate.
    const statefulSet = {
      kind: 'StatefulSet',
      spec: {
        volumeClaimTemplates: [{ metadata: { name: 'data' } }],
        template: { spec: { volumes: [{ name: 'config' }, { name: 'tmp' }] } },
      },
    };
    assert.ok(
      pathMatches('spec.template.spec.volumes[0].configMap', 'spec.template.spec.volumes[1].configMap', statefulSet),
    );
    assert.ok(
      !pathMatches('spec.template.spec.volumes[1].configMap', 'spec.template.spec.volumes[1].configMap', statefulSet),
    );
    assert.ok(!pathMatches('spec.selector', 'spec.template.metadata.labels'));
    // A deprecated serviceAccount is decoded into serviceAccountName, the field the API server names.
    const deprecated = { spec: { template: { spec: { serviceAccount: 'Bad_Name' } } } };
    assert.ok(pathMatches('spec.template.spec.serviceAccount', 'spec.template.spec.serviceAccountName', deprecated));
    const both = { spec: { template: { spec: { serviceAccountName: 'Bad_Name', serviceAccount: 'x' } } } };
    assert.ok(!pathMatches('spec.template.spec.serviceAccount', 'spec.template.spec.serviceAccountName', both));
    // A Service's source ranges by their Go name; clusterIPs filled from a lone clusterIP.
    const service = { kind: 'Service', spec: { clusterIP: '0' } };
    assert.ok(pathMatches('spec.loadBalancerSourceRanges[0]', 'spec.LoadBalancerSourceRanges[0]', service));
    assert.ok(pathMatches('spec.clusterIP', 'spec.clusterIPs[0]', service));
    assert.ok(!pathMatches('spec.clusterIP', 'spec.clusterIPs[0]', { kind: 'Service', spec: { clusterIPs: ['0'] } }));
    assert.ok(
      pathMatches('metadata.annotations[kubernetes.io/ingress.class]', 'annotations.kubernetes.io/ingress.class', {
        kind: 'Ingress',
      }),
    );
    // A Job's name too long for the job-name labels the API server adds is reported as the template's labels.
    const longJob = { kind: 'Job', metadata: { name: 'j'.repeat(64) }, spec: {} };
    assert.ok(pathMatches('metadata.name', 'spec.template.labels', longJob));
    assert.ok(!pathMatches('metadata.name', 'spec.template.labels', { ...longJob, spec: { manualSelector: true } }));
    assert.ok(!pathMatches('metadata.name', 'spec.template.labels', { ...longJob, metadata: { name: 'j' } }));
  });

  test('the oracle is sent the manifest as kubectl sends it: compact, keys sorted', () => {
    assert.equal(
      sentText('{\n  "kind": "X",\n  "data": {"b": [1, {"d": 2, "c": 3}], "a": null}\n}\n'),
      '{"data":{"a":null,"b":[1,{"c":3,"d":2}]},"kind":"X"}\n',
    );
  });

  test('classifies a variant by podlint errors and the oracle verdict', () => {
    const verdict = {
      file: 'f',
      index: 0,
      apiVersion: 'v1',
      kind: 'Pod',
      verdict: 'reject' as const,
      errors: [{ type: 'FieldValueInvalid', field: 'spec.replicas', detail: '' }],
      warnings: [],
    };
    const finding = {
      ruleId: 'x/y',
      severity: 'error' as const,
      message: '',
      path: 'spec.replicas',
      range: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } },
    };
    assert.equal(classify([finding], verdict), 'agreed');
    // A StatefulSet's volume that does not decode is named at its written index, not shifted by its claims.
    const statefulSet = JSON.stringify({
      kind: 'StatefulSet',
      spec: {
        volumeClaimTemplates: [{ metadata: { name: 'data' } }],
        template: { spec: { volumes: [{ name: 'config' }, { name: 'tmp', emptyDir: { sizeLimit: 'lots' } }] } },
      },
    });
    const sizeLimit = 'spec.template.spec.volumes[1].emptyDir.sizeLimit';
    const undecodable = { ...verdict, errors: [{ type: 'Decode', field: sizeLimit, detail: '' }] };
    assert.equal(classify([{ ...finding, path: sizeLimit }], undecodable, { text: statefulSet }), 'agreed');
    assert.equal(classify([], verdict), 'miss');
    assert.equal(classify([{ ...finding, path: 'metadata.name' }], verdict), 'path-mismatch');
    assert.equal(classify([finding], { ...verdict, verdict: 'accept', errors: [] }), 'false-error');
    // An update that repeats a list item: client-side apply folds it, which is an exception, not a false error.
    assert.equal(
      classify([finding], { ...verdict, verdict: 'accept', errors: [] }, { duplicatesListItem: true, oldText: 'old' }),
      'exception',
    );
    assert.equal(
      classify([finding], { ...verdict, verdict: 'accept', errors: [] }, { duplicatesListItem: true }),
      'false-error',
    );
    // A node port outside the oracle's default range depends on the cluster: an exception, not a miss.
    const rangeError = {
      type: 'FieldValueInvalid',
      field: 'spec.ports[0].nodePort',
      detail: 'provided port is not in the valid range. The range of valid ports is 30000-32767',
      value: '1',
    };
    const outOfRange = { ...verdict, errors: [rangeError] };
    assert.equal(classify([], outOfRange), 'exception');
    assert.equal(classify([], { ...outOfRange, errors: [...outOfRange.errors, ...verdict.errors] }), 'miss');
    // Refusals that depend on the namespace's labels, the request's namespace or a claim's binding.
    const adminAccess = {
      ...verdict,
      errors: [
        {
          type: 'FieldValueForbidden',
          field: 'spec.devices.requests[0].adminAccess',
          detail:
            'admin access to devices requires the `resource.kubernetes.io/admin-access: true` label on the containing namespace',
        },
      ],
    };
    assert.equal(classify([], adminAccess), 'exception');
    const namespaceError = {
      type: 'FieldValueInvalid',
      field: 'involvedObject.namespace',
      detail: 'does not match event.namespace',
    };
    const event = (metadata: object): string =>
      JSON.stringify({ kind: 'Event', metadata, involvedObject: { namespace: 'shop' } });
    const eventVerdict = { ...verdict, errors: [namespaceError] };
    assert.equal(classify([], eventVerdict, { text: event({ name: 'e' }) }), 'exception');
    assert.equal(classify([{ ...finding, path: 'metadata.name' }], eventVerdict, { text: event({}) }), 'exception');
    assert.equal(classify([], eventVerdict, { text: event({ name: 'e', namespace: 'web' }) }), 'miss');
    const claim = (spec: object): string => JSON.stringify({ kind: 'PersistentVolumeClaim', spec });
    const specError = {
      type: 'FieldValueForbidden',
      field: 'spec',
      detail: 'spec is immutable after creation except …',
    };
    const claimVerdict = { ...verdict, errors: [specError] };
    const oldClaim = claim({ accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } });
    const withClass = claim({
      accessModes: ['ReadWriteOnce'],
      resources: { requests: { storage: '1Gi' } },
      volumeAttributesClassName: 'fast',
    });
    assert.equal(classify([], claimVerdict, { text: withClass, oldText: oldClaim }), 'exception');
    const otherMode = claim({ accessModes: ['ReadWriteMany'], resources: { requests: { storage: '1Gi' } } });
    assert.equal(classify([], claimVerdict, { text: otherMode, oldText: oldClaim }), 'miss');
    // Priority admission gives a created Pod priority 0 (no default class); the oracle does not run it.
    const podVerdict = {
      ...verdict,
      errors: [
        { type: 'FieldValueForbidden', field: 'spec', detail: 'pod updates may not change fields other than …' },
      ],
    };
    const pod = (spec: object): string => JSON.stringify({ kind: 'Pod', spec });
    const oldPod = pod({ containers: [{ name: 'a', image: 'x' }] });
    const withPriority = (priority: number): string => pod({ containers: [{ name: 'a', image: 'x' }], priority });
    assert.equal(classify([], podVerdict, { text: withPriority(0), oldText: oldPod }), 'exception');
    assert.equal(classify([], podVerdict, { text: withPriority(5), oldText: oldPod }), 'miss');
    // Outside 1-65535 every cluster refuses it: podlint must report it.
    for (const value of ['-2147483648', '0', '65536', '2147483647', undefined]) {
      const noPort = { ...outOfRange, errors: [{ ...rangeError, value }] };
      assert.equal(classify([], noPort), 'miss', String(value));
    }
  });

  test('the same seed draws the same variants, another seed others', () => {
    const first = drawVariants(200, new Random(7)).map((variant) => variant.text);
    assert.deepEqual(
      drawVariants(200, new Random(7)).map((variant) => variant.text),
      first,
    );
    assert.notDeepEqual(
      drawVariants(200, new Random(8)).map((variant) => variant.text),
      first,
    );
  });

  test('--area keeps only variants of that area', () => {
    const variants = drawVariants(100, new Random(1), { area: 'rbac' });
    assert.ok(variants.length > 0);
    assert.ok(variants.every((variant) => variant.area === 'rbac'));
  });

  test('a ledger field below objects the base leaves out is reached by building the path', () => {
    const job = BASES.find((base) => base.name === 'Job');
    assert.ok(job);
    const operators = operatorsForLedgerFields(job.object, new Set(['exitCodes', 'succeededIndexes']), new Set());
    const paths = operators.map((operator) => operator.path.join('.'));
    assert.ok(paths.includes('spec.successPolicy.rules.0.succeededIndexes'), paths.join(', '));
    const object = structuredClone(job.object);
    const operator = operators.find(
      (candidate) => candidate.path.join('.') === 'spec.successPolicy.rules.0.succeededIndexes',
    );
    operator?.apply(object, new Random(1));
    assert.ok(Array.isArray((object.spec as { successPolicy?: { rules?: unknown } }).successPolicy?.rules));
  });

  test('areas follow the pod spec inside each kind', () => {
    assert.equal(areaOf('CronJob', 'spec.jobTemplate.spec.template.spec.containers[0].env[0].name'), 'env');
    assert.equal(areaOf('Deployment', 'spec.template.spec.volumes[0].name'), 'volumes');
    assert.equal(areaOf('Deployment', 'spec.strategy.type'), 'workload');
    assert.equal(areaOf('Service', 'metadata.labels'), 'metadata');
  });

  test('every base is valid: the oracle accepts it and podlint reports no error', async () => {
    for (const base of BASES) {
      const text = manifestText(base.object);
      const [verdict] = await askOracle(text, { file: 'base.yaml' });
      assert.equal(verdict?.verdict, 'accept', `${base.name}: ${JSON.stringify(verdict?.errors)}`);
      const errors = lint([{ file: 'base.yaml', text }], { kubernetesVersion: '1.37' })
        .files.flatMap((file) => file.findings)
        .filter((finding) => finding.severity === 'error');
      assert.deepEqual(
        errors.map((finding) => `${finding.ruleId} ${finding.path}`),
        [],
        base.name,
      );
    }
  });
});
