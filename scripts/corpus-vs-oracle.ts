/**
 * Lints a corpus with podlint's core API and asks the oracle (the API server's own code) about the
 * same files, then prints where they disagree: errors on objects the API server accepts (false
 * errors: the promise "an error means the API server refuses it" is broken) and rejections podlint
 * is silent on (misses), grouped by the oracle's error type and field.
 *
 *   node --conditions=source --import tsx scripts/corpus-vs-oracle.ts DIR|FILE… [--rule PREFIX] [--json FILE] [--examples N]
 *
 * Prints a table by area (objects, oracle-rejected, caught, missed, false errors, exceptions), the
 * exceptions with their reason, the false errors, and the misses grouped by the oracle's first
 * error. Exits 1 on any false error. --rule limits the false errors and misses shown to rules whose
 * id starts with PREFIX; --json writes the whole comparison for other tools.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeBytes, lint, resourcesOf, YamlManifestLoader, type Finding } from '../packages/core/src/index.js';
import { areaOf } from './conformance/areas.js';
import { clusterDependentReason, pathMatches } from './conformance/compare.js';

interface OracleResult {
  file: string;
  index: number;
  item?: number;
  apiVersion: string;
  kind: string;
  namespace: string;
  name: string;
  verdict: 'accept' | 'reject' | 'unknown';
  errors: Array<{ type: string; field: string; detail: string }>;
  warnings: string[];
}

interface DocumentSpan {
  file: string;
  index: number;
  start: number;
  /** Where each item of a `kind: List` document starts (broken items included), in order. */
  items: Array<{ item: number; start: number }>;
}

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const oracleBinary = join(root, 'test', 'oracle', 'bin', 'oracle');

function parseArguments(argv: string[]): { targets: string[]; rulePrefix: string; json?: string; examples: number } {
  const targets: string[] = [];
  let rulePrefix = '';
  let json: string | undefined;
  let examples = 3;
  for (let i = 0; i < argv.length; i++) {
    const argument = argv[i] ?? '';
    if (argument === '--rule') rulePrefix = argv[++i] ?? '';
    else if (argument === '--json') json = argv[++i];
    else if (argument === '--examples') examples = Number(argv[++i] ?? '3');
    else targets.push(argument);
  }
  if (targets.length === 0) {
    console.error('usage: corpus-vs-oracle.ts DIR|FILE… [--rule PREFIX] [--json FILE] [--examples N]');
    process.exit(2);
  }
  return { targets, rulePrefix, ...(json ? { json } : {}), examples };
}

/** Files as the oracle collects them: *.yaml, *.yml and *.json, recursively, in lexical order. */
function collectFiles(targets: readonly string[]): string[] {
  const files: string[] = [];
  const visit = (path: string): void => {
    if (!statSync(path).isDirectory()) {
      files.push(path);
      return;
    }
    for (const entry of readdirSync(path).sort()) {
      const child = join(path, entry);
      if (statSync(child).isDirectory()) visit(child);
      else if (/\.(ya?ml|json)$/i.test(entry)) files.push(child);
    }
  };
  for (const target of targets) visit(target);
  return files;
}

function runOracle(files: readonly string[]): OracleResult[] {
  if (!existsSync(oracleBinary)) {
    console.error(`the oracle is not built (${oracleBinary}); run \`pnpm oracle:build\``);
    process.exit(2);
  }
  const result = spawnSync(oracleBinary, [...files], { maxBuffer: 1 << 30, encoding: 'utf8' });
  if (result.status !== 0) {
    console.error(`oracle failed (${result.status}): ${result.stderr}`);
    process.exit(2);
  }
  return result.stdout
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as OracleResult);
}

/** Where each document starts and which resources it holds, by podlint's own reading. */
function documentSpans(file: string, text: string): DocumentSpan[] {
  const loaded = new YamlManifestLoader().load(file, text);
  return loaded.documents.map((document) => {
    const listed = document.broken
      ? []
      : resourcesOf(file, document).resources.filter((resource) => resource.basePath[0] === 'items');
    const value = document.value as { items?: unknown } | null;
    const items =
      listed.length > 0 && Array.isArray(value?.items)
        ? value.items.map((_, item) => ({ item, start: document.locate(['items', item]).start.offset }))
        : [];
    return { file, index: document.index, start: document.range.start.offset, items };
  });
}

/** The (file, document, item) a finding belongs to, by where it starts. */
function locateFinding(file: string, finding: Finding, spans: readonly DocumentSpan[]): string | undefined {
  // A file podlint cannot read into documents (not UTF-8, broken JSON) is one object to the oracle
  // too, the first: a file-level error there catches its decode rejection.
  if (spans.length === 0) return key(file, 0, undefined);
  const offset = finding.range.start.offset;
  let owner: DocumentSpan | undefined;
  for (const span of spans) if (span.start <= offset) owner = span;
  if (!owner) return undefined;
  let item: number | undefined;
  for (const candidate of owner.items) if (candidate.start <= offset) item = candidate.item;
  return key(owner.file, owner.index, owner.items.length ? (item ?? 0) : undefined);
}

function key(file: string, index: number, item: number | undefined): string {
  return `${file}#${index}${item === undefined ? '' : `/${item}`}`;
}

/** `spec.template.spec.containers[2].ports[0].hostPort` → `spec.template.spec.containers[*].ports[*].hostPort`. */
function fieldPattern(field: string): string {
  return field.replace(/\[\d+\]/g, '[*]').replace(/\[[^\]*]*\]/g, (m) => (m === '[*]' ? m : '[…]'));
}

interface AreaRow {
  objects: number;
  rejected: number;
  caught: number;
  caughtAtPath: number;
  missed: number;
  falseErrors: number;
  exceptions: number;
  unjudged: number;
}

function areaRow(rows: Map<string, AreaRow>, area: string): AreaRow {
  let row = rows.get(area);
  if (!row) {
    row = {
      objects: 0,
      rejected: 0,
      caught: 0,
      caughtAtPath: 0,
      missed: 0,
      falseErrors: 0,
      exceptions: 0,
      unjudged: 0,
    };
    rows.set(area, row);
  }
  return row;
}

const AREA_COLUMNS: Array<[keyof AreaRow, string]> = [
  ['objects', 'objects'],
  ['rejected', 'oracle-rejected'],
  ['caught', 'caught'],
  ['caughtAtPath', 'at its path'],
  ['missed', 'missed'],
  ['falseErrors', 'false errors'],
  ['exceptions', 'exceptions'],
  ['unjudged', 'unjudged'],
];

/** The table by area (the kind's area, as `pnpm conformance` groups them), with a total row. */
function renderAreaTable(rows: ReadonlyMap<string, AreaRow>): string {
  const total = areaRow(new Map(), 'total');
  for (const row of rows.values()) for (const [column] of AREA_COLUMNS) total[column] += row[column];
  const lines = [`${'area'.padEnd(14)}${AREA_COLUMNS.map(([, title]) => title.padStart(16)).join('')}`];
  for (const [area, row] of [...[...rows].sort((a, b) => a[0].localeCompare(b[0])), ['total', total] as const]) {
    lines.push(`${area.padEnd(14)}${AREA_COLUMNS.map(([column]) => String(row[column]).padStart(16)).join('')}`);
  }
  return lines.join('\n');
}

function main(): void {
  const options = parseArguments(process.argv.slice(2));
  const files = collectFiles(options.targets);
  // Bytes are decoded as the CLI does (BOMs, UTF-16); undecodable files are linted as read, and
  // count as refused, since the CLI refuses them before linting (yaml/encoding, exit 1).
  const undecodable = new Set<string>();
  const texts = new Map(
    files.map((file) => {
      const bytes = readFileSync(file);
      const decoded = decodeBytes(bytes);
      if (!decoded.ok) undecodable.add(file);
      return [file, decoded.ok ? decoded.text : bytes.toString('utf8')] as const;
    }),
  );
  const started = performance.now();
  const result = lint(files.map((file) => ({ file, text: texts.get(file) ?? '' })));
  const lintMs = performance.now() - started;
  const oracle = runOracle(files);

  const findingsByDocument = new Map<string, Finding[]>();
  const ruleCounts = new Map<string, { error: number; warning: number; info: number }>();
  let unplaced = 0;
  for (const fileResult of result.files) {
    const spans = documentSpans(fileResult.file, texts.get(fileResult.file) ?? '');
    for (const finding of fileResult.findings) {
      const counts = ruleCounts.get(finding.ruleId) ?? { error: 0, warning: 0, info: 0 };
      counts[finding.severity]++;
      ruleCounts.set(finding.ruleId, counts);
      const where = locateFinding(fileResult.file, finding, spans);
      if (!where) {
        unplaced++;
        continue;
      }
      findingsByDocument.set(where, [...(findingsByDocument.get(where) ?? []), finding]);
    }
  }

  const verdicts = { accept: 0, reject: 0, unknown: 0 };
  const falseErrors: Array<{ file: string; line: number; ruleId: string; message: string }> = [];
  const misses = new Map<string, Array<{ file: string; detail: string }>>();
  const exceptions: Array<{ file: string; kind: string; name: string; reason: string; caught: boolean }> = [];
  const areas = new Map<string, AreaRow>();
  const matchesRule = (ruleId: string): boolean => ruleId.startsWith(options.rulePrefix);
  for (const verdict of oracle) {
    verdicts[verdict.verdict]++;
    const findings = findingsByDocument.get(key(verdict.file, verdict.index, verdict.item)) ?? [];
    const errors = findings.filter((finding) => finding.severity === 'error');
    const row = areaRow(areas, verdict.kind ? areaOf(verdict.kind, '') : 'unreadable');
    row.objects++;
    if (verdict.verdict === 'accept') {
      const shown = errors.filter((f) => matchesRule(f.ruleId));
      if (shown.length > 0) row.falseErrors++;
      for (const finding of shown) {
        falseErrors.push({
          file: verdict.file,
          line: finding.range.start.line,
          ruleId: finding.ruleId,
          message: finding.message,
        });
      }
    } else if (verdict.verdict === 'reject') {
      const exception = clusterDependentReason(verdict.errors);
      if (exception) {
        row.exceptions++;
        exceptions.push({
          file: verdict.file,
          kind: verdict.kind,
          name: verdict.name,
          reason: exception,
          caught: errors.length > 0,
        });
        continue;
      }
      row.rejected++;
      if (errors.length > 0 || undecodable.has(verdict.file)) {
        row.caught++;
        if (errors.some((finding) => verdict.errors.some((error) => pathMatches(finding.path, error.field))))
          row.caughtAtPath++;
      } else if (options.rulePrefix === '') {
        row.missed++;
        for (const error of verdict.errors.slice(0, 1)) {
          const group = `${error.type} ${fieldPattern(error.field)}`;
          misses.set(group, [...(misses.get(group) ?? []), { file: verdict.file, detail: error.detail }]);
        }
      }
    } else row.unjudged++;
  }

  const show = (file: string): string => relative(process.cwd(), file) || file;
  console.log(
    `files: ${files.length}, documents judged by the oracle: ${oracle.length} (accept ${verdicts.accept}, reject ${verdicts.reject}, unknown ${verdicts.unknown})`,
  );
  console.log(
    `podlint: ${result.files.reduce((n, f) => n + (Array.isArray(f.resources) ? f.resources.length : Number(f.resources)), 0)} resources linted in ${(lintMs / 1000).toFixed(1)} s; findings not placed in a document: ${unplaced}`,
  );
  console.log('\nfindings per rule (error / warning / info):');
  for (const [ruleId, counts] of [...ruleCounts].sort((a, b) => a[0].localeCompare(b[0]))) {
    console.log(
      `  ${ruleId.padEnd(44)} ${String(counts.error).padStart(5)} ${String(counts.warning).padStart(5)} ${String(counts.info).padStart(5)}`,
    );
  }
  console.log(`\n${renderAreaTable(areas)}`);
  console.log(
    `\nexceptions (the verdict depends on the cluster's configuration, not on the manifest): ${exceptions.length}`,
  );
  for (const exception of exceptions)
    console.log(
      `  ${show(exception.file)} ${exception.kind} ${exception.name}: ${exception.reason}${exception.caught ? ' (podlint reports an error)' : ''}`,
    );
  console.log(
    `\nfalse errors (podlint error, oracle accepts)${options.rulePrefix ? ` for ${options.rulePrefix}*` : ''}: ${falseErrors.length}`,
  );
  for (const error of falseErrors) console.log(`  ${show(error.file)}:${error.line} ${error.ruleId}: ${error.message}`);
  if (options.rulePrefix === '') {
    const missCount = [...misses.values()].reduce((n, list) => n + list.length, 0);
    console.log(`\nmisses (oracle rejects, podlint reports no error), by first oracle error: ${missCount}`);
    for (const [group, list] of [...misses].sort((a, b) => b[1].length - a[1].length)) {
      console.log(`  ${String(list.length).padStart(4)}  ${group}`);
      for (const example of list.slice(0, options.examples))
        console.log(`          ${show(example.file)}: ${example.detail.split('\n')[0]?.slice(0, 160)}`);
    }
  }
  if (options.json)
    writeFileSync(
      options.json,
      JSON.stringify(
        {
          verdicts,
          areas: Object.fromEntries(areas),
          ruleCounts: Object.fromEntries(ruleCounts),
          falseErrors,
          misses: Object.fromEntries(misses),
          exceptions,
        },
        null,
        1,
      ),
    );
  if (falseErrors.length > 0) process.exitCode = 1;
}

main();
