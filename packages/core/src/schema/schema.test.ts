import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint } from '../engine/lint.js';
import { KUBERNETES_VERSIONS } from '../release/versions.js';
import { describeField, loadCatalog } from './catalog.js';
import { labelKeyServerErrors, labelValueErrors, labelValueServerErrors, qualifiedNameErrors } from './names.js';
import { suggestQuantity } from './quantity.js';
import { compileKindValidator, kindValidator, precompiledValidatorsAreFresh } from './validators.js';
import { GADGET_CRD, GADGET_WITH_TYPO } from '../../../../test/fixtures/crds.js';

const catalog = loadCatalog();

describe('schema catalog (packages/core/schemas)', () => {
  it('covers every release podlint targets', () => {
    assert.deepEqual([...catalog.releases], [...KUBERNETES_VERSIONS]);
  });

  it('has a definition for every kind of every release', () => {
    for (const [apiVersion, entry] of Object.entries(catalog.apiVersions)) {
      for (const [kind, kindEntry] of Object.entries(entry.kinds)) {
        assert.ok(
          catalog.definitions[kindEntry.definition]?.properties,
          `${apiVersion} ${kind}: ${kindEntry.definition}`,
        );
      }
    }
  });

  it('knows when fields were added: pod-level resources since 1.32', () => {
    const resources = catalog.definitions['io.k8s.api.core.v1.PodSpec']?.properties?.resources;
    const since = catalog.releases.filter((_, index) => ((resources?.r ?? 0) & (1 << index)) !== 0);
    assert.equal(since[0], '1.32');
  });

  it('keeps closed value sets for 1.37 although its OpenAPI document dropped them', () => {
    const policy = catalog.definitions['io.k8s.api.core.v1.Container']?.properties?.imagePullPolicy;
    const latest = policy?.variants ? policy.variants[policy.variants.length - 1] : policy;
    assert.deepEqual(latest?.enum, ['Always', 'IfNotPresent', 'Never']);
  });

  it('serves descriptions for hover from a separate file', () => {
    assert.match(
      describeField('io.k8s.api.core.v1.Container', 'livenessProbe') ?? '',
      /Periodic probe of container liveness/,
    );
  });
});

describe('validators', () => {
  it('precompiled validators match the sources (rebuild with `node packages/core/scripts/compile-schemas.mjs` or `pnpm build`)', () => {
    assert.ok(precompiledValidatorsAreFresh());
  });

  const samples: unknown[] = [
    {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'web', labels: { 'bad key': 'x' } },
      spec: {
        replicas: '2',
        selector: {},
        template: { spec: { containers: [null, { name: 'a', imagePullPolicy: 'always', livenesProbe: {} }] } },
      },
    },
    {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'web' },
      spec: {
        template: {
          spec: {
            containers: [
              { name: 'a', image: 'b' },
              { name: 'a', image: 'c' },
            ],
            volumes: 7,
          },
        },
      },
    },
  ];
  for (const version of ['1.29', '1.37'] as const) {
    it(`the precompiled and the run-time validator agree (${version})`, () => {
      const definition = 'io.k8s.api.apps.v1.Deployment';
      for (const sample of samples)
        assert.deepEqual(kindValidator(version, definition)(sample), compileKindValidator(version, definition)(sample));
    });
  }
});

describe('CustomResourceDefinitions from the crds option (--crd, crds: in the config)', () => {
  const crd = GADGET_CRD;
  const gadget = GADGET_WITH_TYPO;

  it('validates custom resources against a CRD that is not among the linted files', () => {
    const findings =
      lint([{ file: 'gadget.yaml', text: gadget }], { crds: [{ file: 'crds.yaml', text: crd }] }).files[0]?.findings ??
      [];
    assert.deepEqual(
      findings.map((f) => [f.ruleId, f.path]),
      [['schema/unknown-field', 'spec.sise']],
    );
    assert.match(findings[0]?.message ?? '', /did you mean "size"\?/);
  });

  it('reports the kind as unknown without the CRD', () => {
    const findings = lint([{ file: 'gadget.yaml', text: gadget }]).files[0]?.findings ?? [];
    assert.deepEqual(
      findings.map((f) => [f.ruleId, f.severity]),
      [['schema/unknown-kind', 'info']],
    );
  });
});

describe('names and quantities', () => {
  it('explains label keys and values', () => {
    assert.deepEqual(qualifiedNameErrors('app.kubernetes.io/name'), []);
    assert.match(qualifiedNameErrors('Example.com/x').join(), /prefix "Example.com"/);
    assert.match(qualifiedNameErrors('a/b/c').join(), /at most one "\/"/);
    assert.match(qualifiedNameErrors(`x/${'a'.repeat(64)}`).join(), /64 characters long/);
    assert.deepEqual(labelValueErrors(''), []);
    assert.match(labelValueErrors('-web').join(), /start and end with a letter or digit/);
  });

  it('words label keys and values as the API server does, from the same checks', () => {
    // IsQualifiedName tests an empty name part's syntax too, so Go gives two reasons where podlint's phrasing gives one.
    assert.deepEqual(labelKeyServerErrors('example.com/'), [
      'name part must be non-empty',
      "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')",
    ]);
    assert.deepEqual(qualifiedNameErrors('example.com/'), ['the name part is empty']);
    assert.deepEqual(labelKeyServerErrors('/x'), ['prefix part must be non-empty']);
    assert.deepEqual(labelKeyServerErrors(`x/${'a'.repeat(64)}`), ['name part must be no more than 63 bytes']);
    // Go measures in bytes: 32 two-byte characters are over the limit.
    assert.deepEqual(labelValueServerErrors('é'.repeat(32)).length, 2);
    assert.match(labelValueErrors('é'.repeat(32)).join(), /64 bytes long; the limit is 63/);
    for (const key of ['app', 'example.com/app', 'a/b/c', 'Example.com/x', '-x', '', `${'a'.repeat(64)}`]) {
      assert.equal(labelKeyServerErrors(key).length > 0, qualifiedNameErrors(key).length > 0, key);
    }
    for (const value of ['', 'web', '-web', 'a'.repeat(64), 'a b']) {
      assert.equal(labelValueServerErrors(value).length > 0, labelValueErrors(value).length > 0, value);
    }
  });

  it('suggests the quantity that was meant', () => {
    assert.deepEqual(suggestQuantity('1gi'), { suggestions: ['1Gi'], caseOnly: true });
    assert.deepEqual(suggestQuantity('512MB'), { suggestions: ['512Mi', '512M'], caseOnly: false });
    assert.deepEqual(suggestQuantity('2 cores'), { suggestions: [], caseOnly: false });
  });
});
