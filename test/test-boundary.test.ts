/**
 * The line between shipped code and test code. Everything under a package's `src/` may end up in
 * the bundles, so no file there other than a `*.test.ts` may import test code (a test runner, a
 * fixture, the RuleTester, anything under a `test/` folder), no fixture or test helper may sit
 * there, and every shipped module must be reachable from a bundle entry (what only tests import is
 * test code, whatever its name). Tests stay beside the code they test; what tests share lives in
 * `packages/<name>/test/` or the top-level `test/`.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import fg from 'fast-glob';

export interface BoundaryProblem {
  /** Relative to the repository root, with `/` separators. */
  file: string;
  line: number;
  message: string;
}

const TEST_RUNNERS = new Set(['node:test', 'node:assert', 'node:assert/strict', 'fast-check']);
/** File or folder names that say "test code": fixtures, the RuleTester, test support. */
const TEST_HELPER_NAME = /(^|[-.])(fixtures?|rule-tester|testing|test-support|test-utils?)([-.]|$)/;
const TEST_FOLDER_NAMES = new Set(['test', 'tests', 'testing', 'fixtures', '__tests__', '__fixtures__']);
const IMPORT_SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/gm;

const isTestFile = (path: string): boolean => /\.test\.[cm]?[jt]s$/.test(path);
const toPosix = (path: string): string => path.split(sep).join('/');

/** Whether a repository-relative path is test code: a test, or anything in a test folder. */
function isTestCode(path: string): boolean {
  const segments = toPosix(path).split('/');
  return isTestFile(path) || segments.slice(0, -1).some((segment) => TEST_FOLDER_NAMES.has(segment));
}

/** The problems of one shipped source file, given its text. */
export function boundaryProblemsOf(root: string, file: string, text: string): BoundaryProblem[] {
  const problems: BoundaryProblem[] = [];
  const name = toPosix(relative(root, file));
  const folders = name
    .slice(name.indexOf('/src/') + 5)
    .split('/')
    .slice(0, -1);
  const baseName = name.slice(name.lastIndexOf('/') + 1).replace(/\.[cm]?[jt]s$/, '');
  if (TEST_HELPER_NAME.test(baseName) || folders.some((folder) => TEST_FOLDER_NAMES.has(folder))) {
    problems.push({
      file: name,
      line: 1,
      message: "a fixture or test helper in src/, which the build ships: move it to the package's test/ folder",
    });
  }
  for (const match of text.matchAll(IMPORT_SPECIFIER)) {
    const specifier = match[1] as string;
    const line = text.slice(0, match.index).split('\n').length;
    if (TEST_RUNNERS.has(specifier)) {
      problems.push({ file: name, line, message: `imports ${specifier}, which only tests may use` });
      continue;
    }
    if (!specifier.startsWith('.')) continue;
    const target = toPosix(relative(root, resolve(dirname(file), specifier)));
    if (
      target.startsWith('..') ||
      isTestCode(target) ||
      TEST_HELPER_NAME.test(target.slice(target.lastIndexOf('/') + 1).replace(/\.[cm]?[jt]s$/, ''))
    ) {
      problems.push({
        file: name,
        line,
        message: `imports test code (${specifier}): shipped code must not depend on tests, fixtures or test support`,
      });
    }
  }
  return problems;
}

/** The relative imports of a source file, as repository-relative `.ts` paths. */
function localImports(root: string, file: string, text: string): string[] {
  return [...text.matchAll(IMPORT_SPECIFIER)]
    .map((match) => match[1] as string)
    .filter((specifier) => specifier.startsWith('.'))
    .map((specifier) => toPosix(relative(root, resolve(dirname(join(root, file)), specifier))).replace(/\.js$/, '.ts'));
}

/**
 * The bundle entries: each package's `src/index.ts`, the VS Code extension's main module,
 * which packages/vscode/build.mjs bundles from `src/extension.ts` (VS Code loads it by that name),
 * and the CLI's lint worker (`podlint-worker.js`, which `--jobs` starts by file name).
 */
const isBundleEntry = (path: string): boolean =>
  /^packages\/[^/]+\/src\/index\.ts$/.test(path) ||
  path === 'packages/vscode/src/extension.ts' ||
  path === 'packages/cli/src/lint-worker.ts';

/**
 * Shipped files that no bundle entry (`isBundleEntry`) reaches: a module that only
 * tests import is test code, whatever its name.
 */
function unreachableFrom(
  root: string,
  shipped: readonly string[],
  texts: ReadonlyMap<string, string>,
): BoundaryProblem[] {
  const reached = new Set<string>();
  const pending = shipped.filter(isBundleEntry);
  for (let path = pending.pop(); path !== undefined; path = pending.pop()) {
    if (reached.has(path)) continue;
    reached.add(path);
    const text = texts.get(path);
    if (text !== undefined) pending.push(...localImports(root, path, text));
  }
  return shipped
    .filter((path) => path.endsWith('.ts') && !path.endsWith('.d.ts') && !reached.has(path))
    .map((path) => ({
      file: path,
      line: 1,
      message: 'no bundle entry imports this module: if only tests use it, it is test code and belongs in test/',
    }));
}

/** Every problem under `packages/<name>/src/` of the repository at `root`. */
export function findBoundaryProblems(root: string): BoundaryProblem[] {
  const shipped = fg
    .sync('packages/*/src/**/*.{ts,mts,cts,js,mjs,cjs}', { cwd: root, ignore: ['**/node_modules/**', '**/*.test.*'] })
    .sort();
  const texts = new Map(shipped.map((path) => [path, readFileSync(join(root, path), 'utf8')]));
  const problems = shipped.flatMap((path) => boundaryProblemsOf(root, join(root, path), texts.get(path) ?? ''));
  return [...problems, ...unreachableFrom(root, shipped, texts)].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line,
  );
}

const repositoryRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

describe('test code stays out of shipped src/', () => {
  it('no shipped file imports test code, and no fixture or test helper sits in src/', () => {
    const problems = findBoundaryProblems(repositoryRoot);
    assert.deepEqual(
      problems.map((problem) => `${problem.file}:${problem.line}: ${problem.message}`),
      [],
    );
  });

  it('catches each kind of crossing in a tree made to break it', () => {
    const root = mkdtempSync(join(tmpdir(), 'podlint-boundary-'));
    try {
      const write = (path: string, text: string): void => {
        mkdirSync(dirname(join(root, path)), { recursive: true });
        writeFileSync(join(root, path), text);
      };
      write(
        'packages/core/src/engine/lint.ts',
        "import { x } from '../model/values.js';\nimport { y } from '../../test/support/rule-tester.js';\n",
      );
      write('packages/core/src/rules/ports/fixtures.ts', 'export const POD = "";\n');
      write(
        'packages/core/src/rules/ports/helper.ts',
        "import { describe } from 'node:test';\nconst m = await import('./name.test.js');\n",
      );
      write('packages/core/src/rules/ports/name.test.ts', "import { POD } from '../../../test/fixtures/ports.js';\n");
      write(
        'packages/cli/src/main.ts',
        "import { lint } from '@podlint/core';\nimport { askOracle } from '../../../test/support/oracle-client.js';\n",
      );
      write('packages/core/src/testing/manifests.ts', 'export const pod = "";\n');
      write('packages/core/src/rules/immutable/generated-bases.ts', 'export const BASES = [];\n');
      write(
        'packages/core/src/index.ts',
        "export * from './engine/lint.js';\nexport * from './rules/ports/helper.js';\n",
      );
      write('packages/cli/src/index.ts', "import './main.js';\n");
      const found = findBoundaryProblems(root).map(
        (problem) => `${problem.file}:${problem.line} ${problem.message.split(' ')[0]}`,
      );
      assert.deepEqual(found, [
        'packages/cli/src/main.ts:2 imports',
        'packages/core/src/engine/lint.ts:2 imports',
        'packages/core/src/rules/immutable/generated-bases.ts:1 no',
        'packages/core/src/rules/ports/fixtures.ts:1 a',
        'packages/core/src/rules/ports/fixtures.ts:1 no',
        'packages/core/src/rules/ports/helper.ts:1 imports',
        'packages/core/src/rules/ports/helper.ts:2 imports',
        'packages/core/src/testing/manifests.ts:1 a',
        'packages/core/src/testing/manifests.ts:1 no',
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
