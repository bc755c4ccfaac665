// What schema validation costs as a share of a whole lint run over a corpus (target: under 30%).
//
//   node scripts/bench-schema.mjs [CORPUS_DIR]      (default ../shared/corpus; RUNS=3)
//
// Each run is a fresh process that lints every file of the corpus with the core API and every
// rule, the schema/* rules wrapped in a timer: the time spent inside them (reading the catalog,
// loading the precompiled validators, validating, explaining) against the time of the whole
// lint() call. Timing both in one run keeps the share steady on a busy machine, where comparing
// two separate runs is mostly noise. Medians are printed.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const self = fileURLToPath(import.meta.url);

function collect(directory, out = []) {
  for (const entry of readdirSync(directory).sort()) {
    const path = join(directory, entry);
    if (statSync(path).isDirectory()) collect(path, out);
    else if (/\.(ya?ml|json)$/i.test(entry)) out.push(path);
  }
  return out;
}

/** A copy of a rule whose visitors add the time they take to `clock.ms`. */
function timed(rule, clock) {
  return {
    meta: rule.meta,
    create(context) {
      const started = performance.now();
      const visitors = rule.create(context);
      clock.ms += performance.now() - started;
      return Object.fromEntries(
        Object.entries(visitors).map(([name, visit]) => [
          name,
          (...args) => {
            const begin = performance.now();
            try {
              return visit(...args);
            } finally {
              clock.ms += performance.now() - begin;
            }
          },
        ]),
      );
    },
  };
}

async function child(corpus) {
  const { register } = await import('tsx/esm/api');
  register();
  const core = await import(join(root, 'packages', 'core', 'src', 'index.ts'));
  const { validatorStats } = await import(join(root, 'packages', 'core', 'src', 'schema', 'validators.ts'));
  const inputs = collect(corpus).map((file) => ({ file, text: readFileSync(file, 'utf8') }));
  const clock = { ms: 0 };
  const rules = core.allRules.map((rule) => (rule.meta.id.startsWith('schema/') ? timed(rule, clock) : rule));
  const started = performance.now();
  const result = core.lint(inputs, { onlyRules: rules });
  const total = performance.now() - started;
  const findings = result.files.reduce(
    (n, file) => n + file.findings.filter((f) => f.ruleId.startsWith('schema/')).length,
    0,
  );
  process.stdout.write(
    JSON.stringify({
      total,
      schema: clock.ms,
      files: inputs.length,
      schemaFindings: findings,
      validators: validatorStats,
    }),
  );
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

if (process.argv[2] === '--child') {
  await child(process.argv[3]);
} else {
  const corpus = process.argv[2] ?? join(root, '..', 'shared', 'corpus');
  if (!existsSync(corpus)) {
    console.error(`no corpus at ${corpus}; pass its directory as the first argument`);
    process.exit(2);
  }
  const runs = Number(process.env.RUNS ?? 3);
  const measurements = [];
  for (let i = 0; i < runs; i++) {
    const result = spawnSync(process.execPath, [self, '--child', corpus], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    });
    if (result.status !== 0) throw new Error(`run ${i + 1} failed: ${result.stderr}`);
    measurements.push(JSON.parse(result.stdout));
  }
  const last = measurements[measurements.length - 1];
  const total = median(measurements.map((m) => m.total));
  const schema = median(measurements.map((m) => m.schema));
  const share = median(measurements.map((m) => (100 * m.schema) / m.total));
  console.log(
    `corpus: ${last.files} files, ${last.schemaFindings} schema findings; validators: ${last.validators.precompiled} precompiled, ${last.validators.compiled} compiled at run time`,
  );
  console.log(`lint() with every rule:   ${total.toFixed(0)} ms (median of ${runs} fresh processes)`);
  console.log(`inside the schema rules:  ${schema.toFixed(0)} ms`);
  console.log(`schema share of the run:  ${share.toFixed(1)}% (target < 30%)`);
  process.exitCode = share < 30 ? 0 : 1;
}
