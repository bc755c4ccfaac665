/**
 * The differential harness: realistic valid manifests for every kind the oracle judges, mutated
 * field by field, judged by podlint (core's `lint()`, release 1.37) and by the oracle (the API
 * server's own code, `oracle --batch`), with a table of where they agree.
 *
 *   pnpm conformance [--count N] [--seed S] [--area A] [--examples N] [--json FILE]
 *
 * Exits 1 on any false error (podlint error, oracle accepts) or when a base is not valid; writes
 * each disagreeing variant to a temporary directory and names it.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { allRules, lint, type Finding } from '../../packages/core/src/index.js';
import { askOracle, type OracleVerdict } from '../../test/support/oracle-client.js';
import { buildLedger, loadOutOfReach } from '../coverage-ledger/ledger.js';
import { DONE_WHEN_GROUPS } from '../coverage-ledger/render.js';
import { scanValidationPackages } from '../coverage-ledger/sources.js';
import { BASES, type Base } from './bases.js';
import { classify, EXCEPTION_REASONS, type Outcome } from './compare.js';
import { Random } from './random.js';
import { drawVariants, manifestText, reachedFields, sentText, type Variant } from './variants.js';

interface Options {
  count: number;
  seed: number;
  area?: string;
  examples: number;
  json?: string;
}

export interface Judged {
  variant: Variant;
  outcome: Outcome;
  errors: Finding[];
  verdict?: OracleVerdict;
}

function parseOptions(argv: readonly string[]): Options {
  const options: Options = { count: 1000, seed: 1, examples: 3 };
  for (let i = 0; i < argv.length; i++) {
    const argument = argv[i];
    const value = argv[i + 1];
    if (argument === '--count') options.count = Number(value);
    else if (argument === '--seed') options.seed = Number(value);
    else if (argument === '--area' && value) options.area = value;
    else if (argument === '--examples') options.examples = Number(value);
    else if (argument === '--json' && value) options.json = value;
    else {
      console.error(
        `unknown argument ${argument}\nusage: pnpm conformance [--count N] [--seed S] [--area A] [--examples N] [--json FILE]`,
      );
      process.exit(2);
    }
    i++;
  }
  if (!Number.isInteger(options.count) || options.count < 1 || !Number.isFinite(options.seed)) {
    console.error('--count must be a positive integer and --seed a number');
    process.exit(2);
  }
  return options;
}

function podlintErrors(text: string, oldText: string | undefined): Finding[] {
  const result = lint([{ file: 'variant.yaml', text }], {
    kubernetesVersion: '1.37',
    ...(oldText !== undefined ? { old: [{ file: 'variant.yaml', text: oldText }] } : {}),
  });
  return result.files.flatMap((file) => file.findings).filter((finding) => finding.severity === 'error');
}

/** Lints every variant while the oracle works on the same chunk in its own process. */
export async function judge(variants: readonly Variant[], onProgress?: (done: number) => void): Promise<Judged[]> {
  const judged: Judged[] = [];
  const chunk = 200;
  for (let start = 0; start < variants.length; start += chunk) {
    const slice = variants.slice(start, start + chunk);
    const answers = slice.map((variant) =>
      askOracle(sentText(variant.text), {
        file: `variant-${variant.id}.yaml`,
        ...(variant.oldText !== undefined ? { oldText: sentText(variant.oldText) } : {}),
      }),
    );
    const errors = slice.map((variant) => podlintErrors(variant.text, variant.oldText));
    const verdicts = await Promise.all(answers);
    slice.forEach((variant, index) => {
      const verdict = verdicts[index]?.[0];
      const found = errors[index] ?? [];
      judged.push({
        variant,
        outcome: classify(found, verdict, variant),
        errors: found,
        ...(verdict ? { verdict } : {}),
      });
    });
    onProgress?.(judged.length);
  }
  return judged;
}

/** The bases must be valid for the comparison to mean anything: accepted by the oracle, no podlint error. */
async function checkBases(bases: readonly Base[]): Promise<string[]> {
  const problems: string[] = [];
  for (const base of bases) {
    const text = manifestText(base.object);
    const [verdict] = await askOracle(text, { file: 'base.yaml' });
    if (verdict?.verdict !== 'accept')
      problems.push(
        `${base.name}: the oracle says ${verdict?.verdict ?? 'nothing'}: ${verdict?.errors.map((error) => `${error.field}: ${error.detail}`).join('; ')}`,
      );
    for (const finding of podlintErrors(text, undefined))
      problems.push(`${base.name}: podlint ${finding.ruleId} at ${finding.path}: ${finding.message.split('\n')[0]}`);
  }
  return problems;
}

const COLUMNS: Array<[Outcome | 'variants', string]> = [
  ['variants', 'variants'],
  ['agreed', 'agreed'],
  ['false-error', 'false errors'],
  ['miss', 'misses'],
  ['path-mismatch', 'path mismatches'],
  ['exception', 'exceptions'],
  ['unjudged', 'unjudged'],
];

export function renderTable(judged: readonly Judged[]): string {
  const rows = new Map<string, Record<string, number>>();
  const add = (area: string, outcome: Outcome): void => {
    const row = rows.get(area) ?? {
      variants: 0,
      agreed: 0,
      'false-error': 0,
      miss: 0,
      'path-mismatch': 0,
      exception: 0,
      unjudged: 0,
    };
    row.variants = (row.variants ?? 0) + 1;
    row[outcome] = (row[outcome] ?? 0) + 1;
    rows.set(area, row);
  };
  for (const entry of judged) {
    add(entry.variant.area, entry.outcome);
    add('total', entry.outcome);
  }
  const total = rows.get('total');
  rows.delete('total');
  const lines = [`${'area'.padEnd(14)}${COLUMNS.map(([, title]) => title.padStart(16)).join('')}`];
  for (const [area, row] of [...[...rows].sort((a, b) => a[0].localeCompare(b[0])), ['total', total ?? {}] as const]) {
    lines.push(`${area.padEnd(14)}${COLUMNS.map(([key]) => String(row[key] ?? 0).padStart(16)).join('')}`);
  }
  const rejected = judged.filter((entry) => entry.verdict?.verdict === 'reject');
  const caught = rejected.filter((entry) => entry.outcome === 'agreed').length;
  lines.push(
    '',
    `oracle-rejected variants: ${rejected.length}, caught at a matching path: ${caught} (${rejected.length ? ((100 * caught) / rejected.length).toFixed(1) : '100.0'}%)`,
  );
  return lines.join('\n');
}

function describeExample(entry: Judged, file: string): string {
  const podlint =
    entry.errors
      .slice(0, 3)
      .map((finding) => `${finding.ruleId} at ${finding.path}`)
      .join('; ') || 'no error';
  const oracle = entry.verdict
    ? entry.verdict.verdict === 'accept'
      ? 'accepts'
      : entry.verdict.errors
          .slice(0, 3)
          .map((error) => `${error.type} ${error.field}: ${error.detail.split('\n')[0]?.slice(0, 120)}`)
          .join('; ')
    : 'no verdict';
  return `  ${entry.variant.base}: ${entry.variant.change}\n      podlint: ${podlint}\n      oracle:  ${oracle}\n      file:    ${file}`;
}

/** The field names of the ledger's call sites the harness should reach: hand-written validation of the issue's packages, not out of reach. */
function reachableLedgerFields(): Set<string> {
  const ledger = buildLedger(scanValidationPackages(), allRules, loadOutOfReach());
  return new Set(
    ledger.sites
      .filter(
        (site) =>
          DONE_WHEN_GROUPS.includes(site.group) &&
          !site.outOfReach &&
          site.field !== undefined &&
          /^[a-z]\w*$/.test(site.field),
      )
      .map((site) => site.field ?? ''),
  );
}

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2));
  const baseProblems = await checkBases(BASES);
  for (const problem of baseProblems) console.error(`invalid base: ${problem}`);
  const bases = BASES.filter((base) => !baseProblems.some((problem) => problem.startsWith(`${base.name}:`)));
  const ledgerFields = reachableLedgerFields();
  const variants = drawVariants(options.count, new Random(options.seed), {
    bases,
    ledgerFields,
    ...(options.area ? { area: options.area } : {}),
  });
  const reachedByWalk = reachedFields(bases);
  const reachedByAll = new Set([
    ...reachedByWalk,
    ...variants.flatMap((variant) =>
      variant.change.includes('(ledger field)')
        ? [/\.?(\w+)(?:\[\d+\])* added \(ledger field\)/.exec(variant.change)?.[1] ?? '']
        : [],
    ),
  ]);
  const unreached = [...ledgerFields].filter((name) => !reachedByAll.has(name)).sort();
  console.log(
    `ledger call-site fields (${DONE_WHEN_GROUPS.length} packages, not out of reach): ${ledgerFields.size}; mutated by this round: ${ledgerFields.size - unreached.length}; not reached: ${unreached.slice(0, 40).join(', ')}${unreached.length > 40 ? ', …' : ''}`,
  );
  console.log(
    `seed ${options.seed}: ${variants.length} variants of ${bases.length} bases${options.area ? ` in area ${options.area}` : ''}`,
  );
  const started = performance.now();
  const judged = await judge(variants, (done) => {
    if (process.stderr.isTTY) process.stderr.write(`\r${done}/${variants.length}`);
  });
  if (process.stderr.isTTY) process.stderr.write('\r');
  console.log(`judged in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  console.log(renderTable(judged));

  const directory = mkdtempSync(join(tmpdir(), 'podlint-conformance-'));
  const sections = [
    ['false-error', 'false errors (podlint error, oracle accepts)'],
    ['miss', 'misses (oracle rejects, podlint silent)'],
    ['path-mismatch', 'path mismatches (both refuse, podlint elsewhere)'],
    ['exception', `exceptions (${EXCEPTION_REASONS.duplicateOnApply}; or ${EXCEPTION_REASONS.clusterConfiguration})`],
  ] as const;
  for (const [outcome, title] of sections) {
    const list = judged.filter((entry) => entry.outcome === outcome);
    if (list.length === 0) continue;
    mkdirSync(join(directory, outcome), { recursive: true });
    const shown: string[] = [];
    for (const entry of list) {
      const file = join(directory, outcome, `${entry.variant.id}.yaml`);
      writeFileSync(file, entry.variant.text);
      if (entry.variant.oldText !== undefined)
        writeFileSync(join(directory, outcome, `${entry.variant.id}.old.yaml`), entry.variant.oldText);
      if (shown.length < options.examples) shown.push(describeExample(entry, file));
    }
    console.log(`\n${title}: ${list.length}, first ${shown.length}:\n${shown.join('\n')}`);
  }
  console.log(`\ndisagreeing variants written to ${directory}`);
  if (options.json)
    writeFileSync(
      options.json,
      JSON.stringify(
        judged.map((entry) => ({
          ...entry.variant,
          outcome: entry.outcome,
          podlint: entry.errors.map((finding) => ({ rule: finding.ruleId, path: finding.path })),
          oracle: entry.verdict?.errors ?? [],
        })),
        null,
        1,
      ),
    );
  const falseErrors = judged.filter((entry) => entry.outcome === 'false-error').length;
  return falseErrors > 0 || baseProblems.length > 0 ? 1 : 0;
}

if (process.argv[1]?.endsWith('main.ts')) process.exitCode = await main();
