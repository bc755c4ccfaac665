// The CLI's code caches, written at build time from runs on fixed inputs (scripts/bundle-loader.cjs
// reads them), so that they hold what such runs compile, deterministically, not whatever the first
// run after the build happened to be:
// - the plain cache, for runs on named files (a pre-commit hook's): the repository's examples, a
//   few small files of the common kinds (findings, positions, output), named one by one;
// - the folder cache, for runs that walk a folder: a folder of the rule pages' examples, which reach
//   every rule. Under 2 MB, so that the run keeps V8's flags (a run that tunes them writes no cache).
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const examples = fileURLToPath(new URL('../examples', import.meta.url));
const rulePages = fileURLToPath(new URL('../docs/rules', import.meta.url));
/** Larger examples (the size-limit rules' megabyte of data) would take the run over 2 MB. */
const LARGEST_EXAMPLE = 16 * 1024;
const YAML_BLOCK = /^```ya?ml\n([\s\S]*?)^```/gm;

/** Writes both code caches of the CLI bundle in `out` afresh (the build; the bench's cold start). */
export function writeCliCodeCaches(out) {
  for (const name of readdirSync(out).filter((file) => file.endsWith('.v8cache'))) rmSync(join(out, name));
  // Without its inputs (a copy without examples/ or docs/), a cache is left to the first such run.
  const exampleFiles = filesUnder(examples);
  if (exampleFiles.length > 0) warmRun(out, exampleFiles, false);
  const folder = mkdtempSync(join(tmpdir(), 'podlint-warm-'));
  try {
    if (writeRuleExamples(folder) > 0) warmRun(out, [folder], true);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

function filesUnder(directory) {
  if (!existsSync(directory)) return [];
  return readdirSync(directory, { recursive: true })
    .map((name) => join(directory, name))
    .filter((path) => statSync(path).isFile())
    .sort();
}

/** Each YAML example of the rule pages as a file, one folder per area, as a repository holds them; how many. */
function writeRuleExamples(folder) {
  let written = 0;
  for (const page of filesUnder(rulePages).filter((path) => path.endsWith('.md'))) {
    const area = join(folder, page.slice(rulePages.length + 1).split(/[\\/]/)[0] ?? '');
    let index = 0;
    for (const [, example] of readFileSync(page, 'utf8').matchAll(YAML_BLOCK)) {
      index++;
      if (example.length > LARGEST_EXAMPLE) continue;
      mkdirSync(area, { recursive: true });
      writeFileSync(join(area, `${page.replace(/^.*[\\/]/, '').replace(/\.md$/, '')}-${index}.yaml`), example);
      written++;
    }
  }
  return written;
}

/** A run on `args` that writes the folder cache (`folder`) or the plain one. */
function warmRun(out, args, folder) {
  const loader = join(out, 'bundle-loader.cjs');
  // From standard input, not `-e`, and without NODE_OPTIONS: node's options name a cache of their
  // own (bundle-loader.cjs), and these are the caches of plain runs.
  spawnSync(process.execPath, ['-', ...args], {
    input: `require(${JSON.stringify(loader)}).run(process.argv.slice(2));`,
    stdio: ['pipe', 'ignore', 'ignore'],
    env: { ...process.env, NODE_OPTIONS: '' },
  });
  if (!readdirSync(out).some((name) => name.endsWith('.v8cache') && name.includes('.folder.') === folder))
    console.warn(
      `bundleCli: the ${folder ? 'folder' : 'plain'} code cache was not written in ${out}; the first such run will write it`,
    );
}
