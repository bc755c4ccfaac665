// Where podlint's time goes on a folder, in one process: reading, loading and the engine (parse,
// model, locate, suppress), schema rules, the other rules, and JSON output. Rule visitors are
// wrapped in timers (as scripts/bench-schema.mjs does), so the shares come from one run and stay
// steady on a busy machine. Then lints the same inputs a second time in the same process: the
// difference is the first run's warm-up (V8's compilers, tables and validators built on first use),
// which every one-shot CLI run pays. Prints one JSON line; `scripts/bench/bench.mjs` runs it and
// reports.
//
//   node --conditions=source --import tsx scripts/bench/breakdown.ts DIR
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { allRules, lint, type Rule } from '../../packages/core/src/index.js';
import { FORMATTERS, summarize } from '../../packages/cli/src/formatters/index.js';

function collect(directory: string, out: string[] = []): string[] {
  for (const entry of readdirSync(directory).sort()) {
    const path = join(directory, entry);
    if (statSync(path).isDirectory()) collect(path, out);
    else if (/\.(ya?ml|json)$/i.test(entry)) out.push(path);
  }
  return out;
}

function timed(rule: Rule, clock: { ms: number }): Rule {
  return {
    meta: rule.meta,
    create(context) {
      const started = performance.now();
      const visitors = rule.create(context);
      clock.ms += performance.now() - started;
      const wrapped: Record<string, (...args: never[]) => void> = {};
      for (const [name, visit] of Object.entries(visitors) as Array<[string, (...args: never[]) => void]>) {
        wrapped[name] = (...args) => {
          const begin = performance.now();
          try {
            visit(...args);
          } finally {
            clock.ms += performance.now() - begin;
          }
        };
      }
      return wrapped;
    },
  };
}

const directory = process.argv[2];
if (!directory) throw new Error('usage: breakdown.ts DIR');
const schema = { ms: 0 };
const rules = { ms: 0 };
const onlyRules = allRules.map((rule) => timed(rule, rule.meta.id.startsWith('schema/') ? schema : rules));

const started = performance.now();
const inputs = collect(directory).map((file) => ({ file, text: readFileSync(file, 'utf8') }));
const read = performance.now() - started;

const lintStarted = performance.now();
const result = lint(inputs, { onlyRules });
const lintMs = performance.now() - lintStarted;

const secondStarted = performance.now();
lint(inputs, { onlyRules });
const secondLintMs = performance.now() - secondStarted;

const outputStarted = performance.now();
const files = result.files.map((file) => ({ file: file.file, findings: file.findings, resources: file.resources }));
const text = FORMATTERS.json?.(files, { summary: summarize(files), color: false, rules: allRules }) ?? '';
const output = performance.now() - outputStarted;

console.log(
  JSON.stringify({
    files: inputs.length,
    bytes: text.length,
    readMs: read,
    loadAndEngineMs: lintMs - schema.ms - rules.ms,
    schemaMs: schema.ms,
    rulesMs: rules.ms,
    outputMs: output,
    firstLintMs: lintMs,
    secondLintMs,
  }),
);
