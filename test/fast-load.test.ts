// The fast load path (js-yaml values, syntax trees parsed only for positions) must be invisible:
// every rule test case, the repository's fixtures and examples, and the shared corpus of real
// manifests give the same findings (messages, paths, positions, fixes) through both loaders.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  allRules,
  decodeBytes,
  FastManifestLoader,
  lint,
  YamlManifestLoader,
  type LintInput,
  type LintOptions,
} from '../packages/core/src/index.js';
import { collectRuleCases, type ValidCase } from '../packages/core/test/support/rule-tester.js';
import { manifestsUnder } from './support/manifest-files.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = join(root, '..', 'shared', 'corpus');
const fast = new FastManifestLoader();
const precise = new YamlManifestLoader();

function readInputs(files: readonly string[]): LintInput[] {
  return files.flatMap((file) => {
    const decoded = decodeBytes(readFileSync(file));
    return decoded.ok ? [{ file: relative(root, file), text: decoded.text }] : [];
  });
}

/** Every rule runs (recommended or not), so every rule's positions and fixes are compared. */
function assertSameFindings(inputs: readonly LintInput[], options: LintOptions = {}): void {
  const withAll = { ...options, onlyRules: allRules };
  const expected = lint(inputs, { ...withAll, loader: precise });
  const actual = lint(inputs, { ...withAll, loader: fast });
  assert.deepEqual(actual, expected);
}

/** The cases of every registered rule's test file (helpers' own tests are not imported: they would run). */
async function ruleCases(): Promise<ValidCase[]> {
  const rulesFolder = join(root, 'packages', 'core', 'src', 'rules');
  const byRule = await collectRuleCases(async () => {
    for (const rule of allRules) {
      const testFile = join(rulesFolder, `${rule.meta.id}.test.ts`);
      if (existsSync(testFile)) await import(pathToFileURL(testFile).href);
    }
  });
  return [...byRule.values()].flatMap((cases) => [...cases.valid, ...cases.invalid]);
}

describe('the fast load path gives the findings of the positioned one', () => {
  it('on every rule test case', async () => {
    const cases = await ruleCases();
    assert.ok(cases.length > 1000, `only ${cases.length} rule test cases found`);
    // Cases without an old version are linted together, one batch per release; updates one by one.
    const batches = new Map<string, LintInput[]>();
    for (const [i, testCase] of cases.entries()) {
      const input = { file: `case-${i}.yaml`, text: testCase.code };
      if (testCase.old !== undefined) {
        assertSameFindings([input], {
          old: [{ file: 'old.yaml', text: testCase.old }],
          ...(testCase.kubernetesVersion ? { kubernetesVersion: testCase.kubernetesVersion } : {}),
        });
        continue;
      }
      const release = testCase.kubernetesVersion ?? '';
      batches.set(release, [...(batches.get(release) ?? []), input]);
    }
    for (const [release, inputs] of batches)
      assertSameFindings(inputs, release ? { kubernetesVersion: release as LintOptions['kubernetesVersion'] } : {});
  });

  it("on the repository's manifests", () => {
    const inputs = readInputs(['test/fixtures', 'examples'].flatMap((folder) => manifestsUnder(join(root, folder))));
    assert.ok(inputs.length >= 5, `only ${inputs.length} manifests`);
    assertSameFindings(inputs);
  });

  it('on the shared corpus of real manifests', { skip: !existsSync(corpus) && `no corpus at ${corpus}` }, () => {
    const inputs = readInputs(manifestsUnder(corpus));
    const taken = inputs.filter((input) => fast.readFast(input.file, input.text) !== undefined).length;
    // Real manifests take the fast path; only odd ones (aliases, tags, broken YAML) go the positioned way.
    assert.ok(taken > inputs.length * 0.9, `${taken} of ${inputs.length} files on the fast path`);
    assertSameFindings(inputs);
  });
});
