import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { askOracle } from '../../../../test/support/oracle-client.js';
import { lint } from '../../src/engine/lint.js';
import type { Rule } from '../../src/engine/rule.js';
import type { KubernetesVersion } from '../../src/release/versions.js';
import { applyEdits } from '../../src/fix/apply.js';
import type { Finding } from '../../src/types.js';

export interface ValidCase {
  name: string;
  /** A complete manifest (YAML stream) that the API server would accept, unless `oracle` says otherwise. */
  code: string;
  /** The old version, for update rules. */
  old?: string;
  kubernetesVersion?: KubernetesVersion;
  /** API versions the cluster enables beyond the defaults (the config's `enabledApiVersions`). */
  enabledApiVersions?: readonly string[];
  /**
   * What the oracle (the API server's own code, 1.37) must answer. Default: `accept` for valid
   * cases and for invalid cases of rules that the API server accepts (warnings, pitfalls); `reject`
   * for invalid cases of `api-error` rules. `skip` only for cases the oracle cannot judge
   * (a target release other than 1.37): say why in the case name.
   */
  oracle?: 'accept' | 'reject' | 'skip';
}

export interface ExpectedFinding {
  path: string;
  line: number;
  column: number;
  /** The id of the message in the rule's `meta.messages` (preferred over matching text). */
  messageId?: string;
  /** A piece of the message, or a pattern it must match. */
  message?: string | RegExp;
  /** The field the oracle reports, when it differs from podlint's path on purpose (say why in the case). */
  oracleField?: string;
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedFinding[];
  /** The text after `--fix`; `null` asserts that the rule offers no fix. */
  output?: string | null;
}

export interface RuleCases {
  valid: ValidCase[];
  invalid: InvalidCase[];
}

let collected: Map<string, RuleCases> | undefined;

/** True while `collectRuleCases` imports test files: other test helpers register nothing then. */
export function isCollectingRuleCases(): boolean {
  return collected !== undefined;
}

/**
 * The cases of the rule test files that `load` imports, by rule id, without registering any test:
 * the rule pages take their Bad and Good examples from them (`scripts/rule-pages.ts`).
 */
export async function collectRuleCases(load: () => Promise<void>): Promise<Map<string, RuleCases>> {
  const cases = new Map<string, RuleCases>();
  collected = cases;
  try {
    await load();
  } finally {
    collected = undefined;
  }
  return cases;
}

/**
 * ESLint's RuleTester for podlint: each case runs the one rule alone, and then the oracle is asked
 * whether the API server agrees (an `api-error` finding must be a rejection at the same path).
 */
export function runRuleTests(rule: Rule, cases: RuleCases): void {
  if (collected) {
    collected.set(rule.meta.id, cases);
    return;
  }
  const names = [...cases.valid, ...cases.invalid].map((c) => c.name);
  const duplicate = names.find((name, i) => names.indexOf(name) !== i);
  if (duplicate) throw new Error(`duplicate case name in ${rule.meta.id}: ${duplicate}`);

  describe(rule.meta.id, () => {
    for (const testCase of cases.valid) {
      it(`valid: ${testCase.name}`, async () => {
        const findings = run(rule, testCase);
        assert.deepEqual(findings.map(summary), [], 'expected no findings');
        await checkOracle(rule, testCase, []);
      });
    }
    for (const testCase of cases.invalid) {
      it(`invalid: ${testCase.name}`, async () => {
        const findings = run(rule, testCase);
        assert.deepEqual(
          findings.map((f) => ({ path: f.path, line: f.range.start.line, column: f.range.start.column })),
          testCase.errors.map((e) => ({ path: e.path, line: e.line, column: e.column })),
        );
        findings.forEach((finding, i) => {
          // Reports name a message of meta.messages, so docs, SARIF and tests can key on its id.
          assert.ok(
            finding.messageId !== undefined && Object.hasOwn(rule.meta.messages ?? {}, finding.messageId),
            `${rule.meta.id} reports "${finding.message}" without a messageId of meta.messages`,
          );
          const expectedId = testCase.errors[i]?.messageId;
          if (expectedId !== undefined) assert.equal(finding.messageId, expectedId);
          const expected = testCase.errors[i]?.message;
          if (expected instanceof RegExp) assert.match(finding.message, expected);
          else if (expected !== undefined)
            assert.ok(finding.message.includes(expected), `message "${finding.message}" should include "${expected}"`);
          assert.equal(finding.ruleId, rule.meta.id);
          assert.equal(finding.severity, rule.meta.severity);
        });
        if (testCase.output !== undefined) {
          const edits = findings.flatMap((f) => f.fix?.edits ?? []);
          if (testCase.output === null) assert.equal(edits.length, 0, 'expected no fix');
          else {
            assert.ok(rule.meta.fixable, 'a rule with fixes must declare fixable: true');
            const fixed = applyEdits(testCase.code, edits).text;
            assert.equal(fixed, testCase.output);
            assert.deepEqual(run(rule, { ...testCase, code: fixed }).map(summary), [], 'the fixed text must be clean');
          }
        }
        await checkOracle(rule, testCase, testCase.errors);
      });
    }
  });
}

function run(rule: Rule, testCase: ValidCase): Finding[] {
  const result = lint([{ file: 'case.yaml', text: testCase.code }], {
    onlyRules: [rule],
    ...(testCase.kubernetesVersion ? { kubernetesVersion: testCase.kubernetesVersion } : {}),
    ...(testCase.enabledApiVersions ? { enabledApiVersions: testCase.enabledApiVersions } : {}),
    ...(testCase.old !== undefined ? { old: [{ file: 'old.yaml', text: testCase.old }] } : {}),
  });
  return result.files.flatMap((file) => file.findings).filter((finding) => finding.ruleId === rule.meta.id);
}

function summary(finding: Finding): string {
  return `${finding.range.start.line}:${finding.range.start.column} ${finding.path} ${finding.message}`;
}

async function checkOracle(rule: Rule, testCase: ValidCase, expected: ExpectedFinding[]): Promise<void> {
  const rejects = expected.length > 0 && rule.meta.origin === 'api-error';
  const want = testCase.oracle ?? (rejects ? 'reject' : 'accept');
  if (want === 'skip') return;
  // The oracle judges an update as `kubectl apply` makes it (a three-way merge onto the old object).
  const verdicts = await askOracle(testCase.code, testCase.old !== undefined ? { oldText: testCase.old } : {});
  const rejected = verdicts.filter((v) => v.verdict === 'reject');
  const describeVerdicts = JSON.stringify(
    verdicts.map((v) => ({ kind: v.kind, verdict: v.verdict, errors: v.errors })),
    null,
    1,
  );
  if (want === 'accept') {
    assert.equal(
      rejected.length,
      0,
      `the oracle rejects this case, so podlint's silence would be wrong: ${describeVerdicts}`,
    );
    assert.ok(
      verdicts.length > 0 && verdicts.every((v) => v.verdict === 'accept'),
      `the oracle must accept this case: ${describeVerdicts}`,
    );
    return;
  }
  assert.ok(rejected.length > 0, `podlint reports an error but the oracle accepts the object: ${describeVerdicts}`);
  if (!rejects) return;
  const fields = new Set(rejected.flatMap((v) => v.errors.map((e) => e.field)));
  for (const error of expected) {
    const field = error.oracleField ?? error.path;
    assert.ok(fields.has(field), `the oracle rejects at ${[...fields].join(', ')}, not at ${field}`);
  }
}
