// The fast path's block reader must read every document it reads exactly as js-yaml does (the fast
// path before it): on the shared corpus of real manifests, every rule test case and the
// repository's manifests. Where it gives up, js-yaml reads the document as before.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { allRules, decodeBytes } from '../packages/core/src/index.js';
import { compareReaders } from '../packages/core/test/support/block-reader-equality.js';
import { collectRuleCases } from '../packages/core/test/support/rule-tester.js';
import { manifestsUnder } from './support/manifest-files.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = join(root, '..', 'shared', 'corpus');

function assertSameAsJsYaml(texts: Iterable<{ name: string; text: string }>): { documents: number; read: number } {
  let documents = 0;
  let read = 0;
  for (const { name, text } of texts) {
    const comparison = compareReaders(text);
    assert.deepEqual(comparison.mismatches, [], `the block reader and js-yaml differ on ${name}`);
    documents += comparison.documents;
    read += comparison.read;
  }
  return { documents, read };
}

function filesUnder(folders: readonly string[]): Array<{ name: string; text: string }> {
  return folders.flatMap((folder) =>
    manifestsUnder(folder).flatMap((file) => {
      const decoded = decodeBytes(readFileSync(file));
      return decoded.ok ? [{ name: file, text: decoded.text }] : [];
    }),
  );
}

describe('the block reader reads what js-yaml reads', () => {
  it('on the shared corpus of real manifests', { skip: !existsSync(corpus) && `no corpus at ${corpus}` }, () => {
    const { documents, read } = assertSameAsJsYaml(filesUnder([corpus]));
    // Real manifests are the block YAML it reads; the rest (anchors, tags, odd scalars) go to js-yaml.
    assert.ok(read > documents * 0.9, `${read} of ${documents} documents read`);
  });

  it("on the repository's manifests", () => {
    assertSameAsJsYaml(filesUnder([join(root, 'test', 'fixtures'), join(root, 'examples')]));
  });

  it('on every rule test case', async () => {
    const rulesFolder = join(root, 'packages', 'core', 'src', 'rules');
    const byRule = await collectRuleCases(async () => {
      for (const rule of allRules) {
        const testFile = join(rulesFolder, `${rule.meta.id}.test.ts`);
        if (existsSync(testFile)) await import(pathToFileURL(testFile).href);
      }
    });
    const texts = [...byRule.values()].flatMap((cases) =>
      [...cases.valid, ...cases.invalid].flatMap((testCase, i) => [
        { name: `case ${i}: ${testCase.code}`, text: testCase.code },
        ...(testCase.old !== undefined ? [{ name: `old of case ${i}`, text: testCase.old }] : []),
      ]),
    );
    assert.ok(texts.length > 1000, `only ${texts.length} rule test cases found`);
    assertSameAsJsYaml(texts);
  });
});
