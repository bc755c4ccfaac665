// A rule's `meta.kinds` only spares the engine calls of its `resource` visitor on objects the
// visitor ignores, and its `meta.podSpecFields` and `meta.containerFields` calls of its `podSpec`
// visitor on pod specs that write none of those fields: they must never hide a finding. Each rule
// that declares them gives the same findings on its own test cases with the filters and without,
// and so do all rules on the shared corpus of real manifests.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  allRules,
  decodeBytes,
  lint,
  type LintInput,
  type LintOptions,
  type Rule,
} from '../packages/core/src/index.js';
import { collectRuleCases, type ValidCase } from '../packages/core/test/support/rule-tester.js';
import { manifestsUnder } from './support/manifest-files.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = join(root, '..', 'shared', 'corpus');
const filtered = allRules.filter((rule) => hasFilter(rule));

function hasFilter(rule: Rule): boolean {
  const { kinds, podSpecFields, containerFields } = rule.meta;
  return kinds !== undefined || podSpecFields !== undefined || containerFields !== undefined;
}

/** The same rule with its `resource` visitor called on every object, its `podSpec` visitor on every pod spec. */
function unfiltered(rule: Rule): Rule {
  return {
    meta: { ...rule.meta, kinds: undefined, podSpecFields: undefined, containerFields: undefined },
    create: (context) => rule.create(context),
  };
}

function optionsOf(testCase: ValidCase): LintOptions {
  return {
    ...(testCase.old !== undefined ? { old: [{ file: 'old.yaml', text: testCase.old }] } : {}),
    ...(testCase.kubernetesVersion ? { kubernetesVersion: testCase.kubernetesVersion } : {}),
    ...(testCase.enabledApiVersions ? { enabledApiVersions: testCase.enabledApiVersions } : {}),
  };
}

describe('a rule’s kinds and fields filters hide no finding', () => {
  it('on the test cases of each rule that declares kinds or fields', async () => {
    assert.ok(filtered.length > 50, `only ${filtered.length} rules declare kinds or fields`);
    const rulesFolder = join(root, 'packages', 'core', 'src', 'rules');
    const byRule = await collectRuleCases(async () => {
      for (const rule of filtered) await import(pathToFileURL(join(rulesFolder, `${rule.meta.id}.test.ts`)).href);
    });
    for (const rule of filtered) {
      const cases = byRule.get(rule.meta.id);
      assert.ok(cases && cases.invalid.length > 0, `${rule.meta.id}: no invalid test cases`);
      for (const testCase of [...cases.valid, ...cases.invalid]) {
        const input = [{ file: 'case.yaml', text: testCase.code }];
        const options = optionsOf(testCase);
        assert.deepEqual(
          lint(input, { ...options, onlyRules: [rule] }),
          lint(input, { ...options, onlyRules: [unfiltered(rule)] }),
          `${rule.meta.id}: ${testCase.name}`,
        );
      }
    }
  });

  it('on the shared corpus of real manifests', { skip: !existsSync(corpus) && `no corpus at ${corpus}` }, () => {
    const inputs: LintInput[] = manifestsUnder(corpus).flatMap((file) => {
      const decoded = decodeBytes(readFileSync(file));
      return decoded.ok ? [{ file: relative(root, file), text: decoded.text }] : [];
    });
    const withoutFilters = allRules.map((rule) => (hasFilter(rule) ? unfiltered(rule) : rule));
    assert.deepEqual(lint(inputs, { onlyRules: allRules }), lint(inputs, { onlyRules: withoutFilters }));
  });
});
