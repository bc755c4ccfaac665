import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixText } from './fix-text.js';
import { lint, prepareContext, type FileResult, type LintInput } from './lint.js';
import { defineRule, type Rule } from './rule.js';
import { GADGET_CRD, GADGET_WITH_TYPO } from '../../../../test/fixtures/crds.js';

const podWithProtocol = (protocol: string): string => `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: web
      image: nginx
      ports:
        - containerPort: 80
          protocol: ${protocol}
`;

const reportEveryContainer = defineRule({
  meta: {
    id: 'test/every-container',
    severity: 'warning',
    origin: 'pitfall',
    description: 'test',
    help: 'test',
    fixable: false,
  },
  create: (context) => ({
    podSpec(site, resource) {
      const containers = Array.isArray(site.spec.containers) ? site.spec.containers : [];
      containers.forEach((_, index) =>
        context.report({ resource, path: [...site.path, 'containers', index, 'name'], message: 'seen' }),
      );
    },
  }),
});

describe('lint', () => {
  it('reports List items at their own lines with paths relative to the item', () => {
    const text = `apiVersion: v1
kind: List
items:
  - apiVersion: v1
    kind: Pod
    metadata: {name: a}
    spec:
      containers:
        - name: a
          image: nginx
  - apiVersion: apps/v1
    kind: Deployment
    metadata: {name: b}
    spec:
      selector: {matchLabels: {app: b}}
      template:
        metadata: {labels: {app: b}}
        spec:
          containers:
            - name: b
              image: nginx
`;
    const result = lint([{ file: 'list.yaml', text }], { onlyRules: [reportEveryContainer] });
    const findings = result.files[0]?.findings ?? [];
    assert.deepEqual(
      findings.map((f) => [f.path, f.range.start.line, f.resource?.kind]),
      [
        ['spec.containers[0].name', 9, 'Pod'],
        ['spec.template.spec.containers[0].name', 20, 'Deployment'],
      ],
    );
    assert.equal(result.files[0]?.resources.length, 2);
  });

  it('finds pod specs in every workload kind, old apiVersions included', () => {
    const kinds: Array<[string, string, string]> = [
      ['extensions/v1beta1', 'Deployment', 'spec:\n  template:\n    spec:\n      containers: [{name: a, image: x}]\n'],
      ['apps/v1beta2', 'DaemonSet', 'spec:\n  template:\n    spec:\n      containers: [{name: a, image: x}]\n'],
      [
        'batch/v1beta1',
        'CronJob',
        'spec:\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          containers: [{name: a, image: x}]\n',
      ],
      ['v1', 'PodTemplate', 'template:\n  spec:\n    containers: [{name: a, image: x}]\n'],
      ['v1', 'ReplicationController', 'spec:\n  template:\n    spec:\n      containers: [{name: a, image: x}]\n'],
    ];
    for (const [apiVersion, kind, body] of kinds) {
      const findings =
        lint([{ file: 'k.yaml', text: `apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata: {name: k}\n${body}` }], {
          onlyRules: [reportEveryContainer],
        }).files[0]?.findings ?? [];
      assert.equal(findings.length, 1, `${apiVersion} ${kind}`);
    }
  });

  it('skips documents without apiVersion and kind quietly, and reports half manifests', () => {
    const result = lint([{ file: 'a.yaml', text: 'foo: bar\n---\nkind: Pod\n' }]);
    assert.deepEqual(
      result.files[0]?.findings.map((f) => [f.ruleId, f.range.start.line]),
      [['manifest/not-an-object', 3]],
    );
  });

  it('applies severity overrides and turns rules off', () => {
    const text = podWithProtocol('tcp');
    const asWarning =
      lint([{ file: 'p.yaml', text }], { rules: { 'ports/protocol-unsupported': 'warning' } }).files[0]?.findings ?? [];
    assert.deepEqual(
      asWarning.map((f) => [f.ruleId, f.severity]),
      [['ports/protocol-unsupported', 'warning']],
    );
    // Off, the rule no longer claims the schema problem: the API server still refuses the value.
    const off =
      lint([{ file: 'p.yaml', text }], { rules: { 'ports/protocol-unsupported': 'off' } }).files[0]?.findings ?? [];
    assert.deepEqual(
      off.map((f) => [f.ruleId, f.severity]),
      [['schema/value-unsupported', 'error']],
    );
    const bothOff =
      lint([{ file: 'p.yaml', text }], {
        rules: { 'ports/protocol-unsupported': 'off', 'schema/value-unsupported': 'off' },
      }).files[0]?.findings ?? [];
    assert.deepEqual(bothOff, []);
  });

  it('turns a rule that throws into one internal-error finding and runs the others', () => {
    const broken: Rule = defineRule({
      meta: { id: 'test/throws', severity: 'error', origin: 'api-error', description: 't', help: 't', fixable: false },
      create: () => ({
        resource: () => {
          throw new Error('boom');
        },
      }),
    });
    const findings =
      lint([{ file: 'p.yaml', text: podWithProtocol('tcp') }], { onlyRules: [broken, reportEveryContainer] }).files[0]
        ?.findings ?? [];
    assert.deepEqual(findings.map((f) => f.ruleId).sort(), ['podlint/internal-error', 'test/every-container']);
  });

  it('never throws on wrong shapes', () => {
    const shapes = [
      'spec: 7',
      'spec: {containers: {a: 1}}',
      'spec: {containers: [null, 3, "x"]}',
      'spec: {template: []}',
      'metadata: null',
    ];
    for (const shape of shapes) {
      for (const kind of ['Pod', 'Deployment', 'Job', 'CronJob']) {
        const apiVersion = kind === 'Pod' ? 'v1' : kind === 'Deployment' ? 'apps/v1' : 'batch/v1';
        assert.doesNotThrow(
          () => lint([{ file: 's.yaml', text: `apiVersion: ${apiVersion}\nkind: ${kind}\n${shape}\n` }]),
          `${kind} ${shape}`,
        );
      }
    }
  });
});

describe('fixText', () => {
  it('fixes, keeps comments and formatting, and a second run changes nothing', () => {
    const text = `# a comment that must stay\n${podWithProtocol('tcp   # keep me')}`;
    const first = fixText({ file: 'p.yaml', text });
    assert.equal(first.text, text.replace('protocol: tcp', 'protocol: TCP'));
    assert.equal(first.fixed, 1);
    const second = fixText({ file: 'p.yaml', text: first.text });
    assert.equal(second.fixed, 0);
    assert.equal(second.text, first.text);
  });
});

describe('lint in parts with prepareContext', () => {
  const crd = GADGET_CRD;
  const gadget = GADGET_WITH_TYPO;
  const deployment = (image: string): string =>
    `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  selector: {matchLabels: {app: web}}\n  template:\n    metadata: {labels: {app: web}}\n    spec:\n      containers: [{name: web, image: ${image}}]\n`;
  const inputs = [
    { file: 'crds/gadget-crd.yaml', text: crd },
    { file: 'apps/gadget.yaml', text: gadget },
    { file: 'apps/web.yaml', text: deployment('nginx:1.27') },
  ];
  const options = {
    old: [
      { file: 'old.yaml', text: deployment('nginx:1.26').replace('app: web}}\n  template', 'app: old}}\n  template') },
    ],
  };

  it('reports on each part what one run over the whole input reports', () => {
    const whole = lint(inputs, options);
    const context = prepareContext(options, [inputs[0] as LintInput]);
    const parts = inputs.map((input) => lint([input], { ...options, context }));
    const byFile = (files: readonly FileResult[]): Record<string, string[]> =>
      Object.fromEntries(files.map((file) => [file.file, file.findings.map((f) => `${f.ruleId} ${f.path}`)]));
    const wholeFindings = byFile(whole.files);
    // The CRD of another part validates the Gadget, and the old Deployment pairs with the new one.
    assert.ok(wholeFindings['apps/gadget.yaml']?.some((finding) => finding.startsWith('schema/unknown-field')));
    assert.ok(wholeFindings['apps/web.yaml']?.some((finding) => finding.startsWith('immutable/')));
    for (const [index, input] of inputs.entries())
      assert.deepEqual(byFile(parts[index]?.files.filter((file) => file.file === input.file) ?? []), {
        [input.file]: wholeFindings[input.file],
      });
    assert.equal(
      parts.reduce((sum, part) => sum + (part.updatesChecked ?? 0), 0),
      whole.updatesChecked,
    );
  });
});
