/**
 * Schema problems that other rules report in their own words (`meta.reportsSchemaProblems`): the
 * engine settles the overlap with the rules that actually run, so a problem is reported once, and
 * turning the claiming rule off (or leaving its releases) hands it back to the schema rules.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { askOracle } from '../../../../test/support/oracle-client.js';
import { lint, type LintOptions } from '../engine/lint.js';
import { allRules, ruleById } from '../engine/registry.js';
import { defineRule, type Rule } from '../engine/rule.js';
import { loadCatalog } from './catalog.js';

const pod = (container: string, spec = ''): string => `apiVersion: v1
kind: Pod
metadata: {name: web, labels: {app: web}}
spec:
${spec}  containers:
    - name: web
      image: nginx:1.27
${container}`;

const PROTOCOL_HTTP = pod('      ports: [{containerPort: 80, protocol: HTTP}]\n');
const NO_CONTAINER_PORT = pod('      ports: [{name: http}]\n');
const BAD_SPREAD_SELECTOR = pod(
  '',
  '  topologySpreadConstraints:\n    - {maxSkew: 1, topologyKey: zone, whenUnsatisfiable: ScheduleAnyway, labelSelector: {matchLabels: {"bad key": web}}}\n',
);

function ruleIdsOf(text: string, options: LintOptions = {}): string[] {
  return (lint([{ file: 'pod.yaml', text }], options).files[0]?.findings ?? [])
    .filter((finding) => finding.severity === 'error')
    .map((finding) => finding.ruleId);
}

describe('schema problems claimed by other rules', () => {
  it('every claimed field exists in the schema (else the claim would match nothing)', () => {
    const definitions = loadCatalog().definitions;
    for (const rule of allRules) {
      for (const claim of rule.meta.reportsSchemaProblems ?? []) {
        assert.ok(
          claim.field !== undefined || claim.within !== undefined,
          `${rule.meta.id}: a claim names a field or a path`,
        );
        if (claim.field === undefined) continue;
        const property = claim.field.slice(claim.field.lastIndexOf('.') + 1);
        const definition = claim.field.slice(0, claim.field.lastIndexOf('.'));
        const full = definition.startsWith('meta.v1.')
          ? `io.k8s.apimachinery.pkg.apis.${definition}`
          : `io.k8s.api.${definition}`;
        assert.ok(definitions[full]?.properties?.[property], `${rule.meta.id}: ${claim.field} is not in the schema`);
      }
    }
  });

  it('report a problem once, in the words of the rule that claims it', () => {
    assert.deepEqual(ruleIdsOf(PROTOCOL_HTTP), ['ports/protocol-unsupported']);
    assert.deepEqual(ruleIdsOf(NO_CONTAINER_PORT), ['ports/container-port-required']);
    assert.deepEqual(ruleIdsOf(BAD_SPREAD_SELECTOR), ['topology/label-selector-invalid']);
  });

  it('go back to the schema rules when the claiming rule is turned off, and the API server agrees they are errors', async () => {
    const cases: Array<[string, string, string]> = [
      [PROTOCOL_HTTP, 'ports/protocol-unsupported', 'schema/value-unsupported'],
      [NO_CONTAINER_PORT, 'ports/container-port-required', 'schema/required-field-missing'],
      [BAD_SPREAD_SELECTOR, 'topology/label-selector-invalid', 'schema/label-invalid'],
      [
        pod('      readinessProbe: {httpGet: {port: 80, scheme: http2}}\n'),
        'probes/http-scheme-unsupported',
        'schema/value-unsupported',
      ],
      [pod('', '  restartPolicy: Sometimes\n'), 'restart/pod-policy-unsupported', 'schema/value-unsupported'],
      [
        pod(
          '',
          `  topologySpreadConstraints:\n    - {topologyKey: zone, whenUnsatisfiable: DoNotSchedule, labelSelector: {matchLabels: {app: web}}}\n`,
        ),
        'topology/max-skew-not-positive',
        'schema/required-field-missing',
      ],
      [
        pod(
          '',
          `  topologySpreadConstraints:\n    - {maxSkew: 1, whenUnsatisfiable: DoNotSchedule, labelSelector: {matchLabels: {app: web}}}\n`,
        ),
        'topology/topology-key-missing',
        'schema/required-field-missing',
      ],
      [
        pod(
          '',
          `  topologySpreadConstraints:\n    - {maxSkew: 1, topologyKey: zone, labelSelector: {matchLabels: {app: web}}}\n`,
        ),
        'topology/when-unsatisfiable-unsupported',
        'schema/required-field-missing',
      ],
      [
        pod(
          '',
          `  topologySpreadConstraints:\n    - {maxSkew: 1, topologyKey: zone, whenUnsatisfiable: Maybe, labelSelector: {matchLabels: {app: web}}}\n`,
        ),
        'topology/when-unsatisfiable-unsupported',
        'schema/value-unsupported',
      ],
      [
        pod(
          '',
          `  topologySpreadConstraints:\n    - {maxSkew: 1, topologyKey: zone, whenUnsatisfiable: DoNotSchedule, nodeTaintsPolicy: Always, labelSelector: {matchLabels: {app: web}}}\n`,
        ),
        'topology/node-taints-policy-unsupported',
        'schema/value-unsupported',
      ],
      [
        pod(
          '',
          `  affinity:\n    podAntiAffinity:\n      requiredDuringSchedulingIgnoredDuringExecution:\n        - labelSelector: {matchLabels: {app: web}}\n`,
        ),
        'topology/pod-affinity-topology-key-missing',
        'schema/required-field-missing',
      ],
      [
        pod(
          '',
          `  affinity:\n    podAffinity:\n      preferredDuringSchedulingIgnoredDuringExecution:\n        - podAffinityTerm: {topologyKey: zone, labelSelector: {matchLabels: {app: web}}}\n`,
        ),
        'topology/pod-affinity-weight-out-of-range',
        'schema/required-field-missing',
      ],
    ];
    for (const [text, claiming, schemaRule] of cases) {
      assert.deepEqual(ruleIdsOf(text, { rules: { [claiming]: 'off' } }), [schemaRule], `${claiming} off`);
      const verdicts = await askOracle(text);
      assert.deepEqual(
        verdicts.map((verdict) => verdict.verdict),
        ['reject'],
        `${claiming}: the API server refuses the object`,
      );
    }
  });

  it('go back to the schema rules when the claiming rule is outside the target release', () => {
    const claiming = ruleById('ports/protocol-unsupported') as Rule;
    const onlyFromNextRelease = defineRule({ ...claiming, meta: { ...claiming.meta, versions: { since: '1.37' } } });
    const schemaEnum = ruleById('schema/value-unsupported') as Rule;
    const ids = (version: '1.36' | '1.37'): string[] =>
      ruleIdsOf(PROTOCOL_HTTP, { onlyRules: [onlyFromNextRelease, schemaEnum], kubernetesVersion: version });
    assert.deepEqual(ids('1.37'), ['ports/protocol-unsupported']);
    assert.deepEqual(ids('1.36'), ['schema/value-unsupported']);
  });

  it('accept an empty value that the API server defaults, with or without the claiming rule', async () => {
    const defaulted = [
      pod('      ports: [{containerPort: 80, protocol: ""}]\n'),
      pod('      readinessProbe: {httpGet: {port: 80, scheme: ""}}\n'),
      pod('', '  restartPolicy: ""\n'),
    ];
    const claimingRules = [
      'ports/protocol-unsupported',
      'probes/http-scheme-unsupported',
      'restart/pod-policy-unsupported',
    ];
    for (const text of defaulted) {
      assert.deepEqual(
        ruleIdsOf(text, { rules: Object.fromEntries(claimingRules.map((id) => [id, 'off'])) }),
        [],
        text,
      );
      assert.deepEqual(
        (await askOracle(text)).map((verdict) => verdict.verdict),
        ['accept'],
        text,
      );
    }
  });
});
