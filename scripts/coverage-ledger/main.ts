/**
 * The coverage ledger: which of the API server's validation call sites podlint mirrors.
 *
 *   node --conditions=source --import tsx scripts/coverage-ledger/main.ts [--check] [--todo GROUP]
 *
 * Writes docs/coverage.md and docs/coverage.json; --check writes nothing and exits 1 when they are
 * out of date; --todo lists the call sites still to do in one group (`core`, `apps`…).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { allRules } from '../../packages/core/src/index.js';
import { buildLedger, loadOutOfReach } from './ledger.js';
import { renderCoverageJson, renderCoverageMarkdown } from './render.js';
import { scanValidationPackages } from './sources.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const COVERAGE_MARKDOWN = join(root, 'docs', 'coverage.md');
export const COVERAGE_JSON = join(root, 'docs', 'coverage.json');

function main(argv: readonly string[]): number {
  const ledger = buildLedger(scanValidationPackages(), allRules, loadOutOfReach());
  const todoGroup = argv.includes('--todo') ? argv[argv.indexOf('--todo') + 1] : undefined;
  if (todoGroup !== undefined) {
    const byFunction = new Map<string, number>();
    for (const site of ledger.sites)
      if (site.group === todoGroup && site.mirroredBy.length === 0 && !site.outOfReach)
        byFunction.set(site.function, (byFunction.get(site.function) ?? 0) + 1);
    for (const [name, count] of [...byFunction].sort((a, b) => b[1] - a[1]))
      console.log(`${String(count).padStart(4)}  ${name}`);
    return 0;
  }
  const markdown = renderCoverageMarkdown(ledger);
  const json = renderCoverageJson(ledger);
  if (argv.includes('--check')) {
    const current = existsSync(COVERAGE_MARKDOWN) ? readFileSync(COVERAGE_MARKDOWN, 'utf8') : '';
    if (current !== markdown) {
      console.error('docs/coverage.md is out of date: run `pnpm coverage:ledger`');
      return 1;
    }
    return 0;
  }
  writeFileSync(COVERAGE_MARKDOWN, markdown);
  writeFileSync(COVERAGE_JSON, json);
  const total = ledger.packages.reduce(
    (sum, row) => ({
      sites: sum.sites + row.callSites,
      mirrored: sum.mirrored + row.mirrored,
      toDo: sum.toDo + row.toDo,
    }),
    { sites: 0, mirrored: 0, toDo: 0 },
  );
  console.log(
    `call sites ${total.sites}, mirrored ${total.mirrored}, to do ${total.toDo}; free-text sources matched for ${ledger.freeTextRulesMatched} of ${ledger.freeTextRules} rules`,
  );
  for (const problem of ledger.unknownSources) console.error(`${problem.rule}: ${problem.problem}`);
  return ledger.unknownSources.length > 0 ? 1 : 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1])
  process.exitCode = main(process.argv.slice(2));
