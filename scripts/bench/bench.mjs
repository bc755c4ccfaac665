// podlint against kubeconform on the same manifests, side by side (issue: "faster than
// kubeconform"). Prints, for both tools, files, resources, CPU time, wall time, resources per
// CPU-second and peak RSS (medians of RUNS rounds, the compared commands interleaved in each round,
// because the machine is noisy), the ratios, and for
// podlint: one thread (--jobs 1) against two (--jobs 2: the main thread and a worker) with the CPU
// of each kind of thread (main, workers, V8's background threads), the breakdown by stage, the
// cold start against `node -e ''`, the scaling from 1x to 10x the input, the cached rerun (and the
// rerun after one file changed), and the peak RSS on a generated 100 MB folder. Figures only: no
// target is asserted here.
//
//   pnpm bench [DIR]           DIR defaults to ../shared/corpus; RUNS=3 by default
//   pnpm bench --smoke         a small generated corpus (and a 2 MB "big" folder), one run: CI's
//                              check that the script works
//   BIG_MB=100                 the size of the generated folder for the memory figure
import { execFileSync, spawnSync } from 'node:child_process';
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeBigFolder } from './big-folder.mjs';
import { generateKubeconformSchemas, installKubeconform, KUBECONFORM_VERSION } from './kubeconform.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const podlint = join(root, 'packages', 'cli', 'bin', 'podlint.js');
const args = process.argv.slice(2);
const smoke = args.includes('--smoke');
const runs = smoke ? 1 : Number(process.env.RUNS ?? 3);
const scratch = mkdtempSync(join(tmpdir(), 'podlint-bench-'));
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));

if (!existsSync(join(root, 'packages', 'cli', 'dist'))) fail('build first: npx pnpm@10.34.9 run build');
const corpus = smoke
  ? writeSmokeCorpus(join(scratch, 'smoke'))
  : resolve(args.find((arg) => !arg.startsWith('--')) ?? join(root, '..', 'shared', 'corpus'));
if (!existsSync(corpus)) fail(`no such folder: ${corpus}`);

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const timeAvailable = existsSync('/usr/bin/time');

/** One run of a command: CPU, wall and peak RSS from GNU time, and what `parse` reads from its output. */
function sample(command, commandArgs, parse) {
  const format = ['-f', '__time %e %U %S %M'];
  const result = timeAvailable
    ? spawnSync('/usr/bin/time', [...format, command, ...commandArgs], { encoding: 'utf8', maxBuffer: 1 << 30 })
    : spawnSync(command, commandArgs, { encoding: 'utf8', maxBuffer: 1 << 30 });
  const timing = /__time ([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(result.stderr ?? '');
  return {
    wall: timing ? Number(timing[1]) : NaN,
    cpu: timing ? Number(timing[2]) + Number(timing[3]) : NaN,
    rssMb: timing ? Number(timing[4]) / 1024 : NaN,
    ...parse(result),
  };
}

/** Medians of CPU and wall, the highest peak RSS. */
function summarise(samples) {
  return {
    wall: median(samples.map((s) => s.wall)),
    cpu: median(samples.map((s) => s.cpu)),
    rssMb: Math.max(...samples.map((s) => s.rssMb)),
    files: samples[0].files,
    resources: samples[0].resources,
  };
}

/**
 * Runs each of the named jobs once per round, round after round (A B C A B C …), so that a change
 * in the machine's load falls on every job alike, and returns each job's summary. Jobs compared in
 * one ratio must be measured in the same call.
 */
function interleaved(jobs, rounds = runs) {
  const samples = Object.fromEntries(Object.keys(jobs).map((name) => [name, []]));
  for (let round = 0; round < rounds; round++) {
    for (const [name, job] of Object.entries(jobs)) samples[name].push(job());
  }
  return Object.fromEntries(Object.entries(samples).map(([name, taken]) => [name, summarise(taken)]));
}

/** A job for `interleaved`: one podlint run on the target. */
function podlintJob(target, extra = []) {
  return () =>
    sample(process.execPath, [podlint, '--format', 'json', ...extra, target], (result) => {
      try {
        const { summary } = JSON.parse(result.stdout);
        return { files: summary.files, resources: summary.resources };
      } catch {
        fail(`podlint printed no JSON (exit ${result.status}): ${result.stderr.slice(0, 500)}`);
      }
    });
}

function runPodlint(target, extra = [], times = runs) {
  return interleaved({ podlint: podlintJob(target, extra) }, times).podlint;
}

/** A job for `interleaved`: one kubeconform run on the corpus, or undefined when it cannot be installed. */
function kubeconformJob() {
  let binary;
  let schemaLocation;
  try {
    const tools = join(root, '.tools');
    binary = installKubeconform(tools);
    schemaLocation = generateKubeconformSchemas(tools);
  } catch (error) {
    console.error(`kubeconform: skipped (${error.message.split('\n')[0]})`);
    return undefined;
  }
  const flags = ['-strict', '-summary', '-n', '2', '-kubernetes-version', '1.37.2', '-schema-location', schemaLocation];
  return () =>
    sample(binary, [...flags, corpus], (result) => {
      const summary = /Summary: (\d+) resources? found in (\d+) files?/.exec(result.stdout ?? '');
      return { resources: summary ? Number(summary[1]) : NaN, files: summary ? Number(summary[2]) : NaN };
    });
}

/** One run with scripts/bench/thread-cpu.cjs preloaded: podlint's CPU by kind of thread, in ms. */
function threadCpu(target, extra) {
  const file = join(scratch, `thread-cpu-${extra.join('')}.txt`);
  writeFileSync(file, '');
  spawnSync(
    process.execPath,
    ['--require', join(root, 'scripts', 'bench', 'thread-cpu.cjs'), podlint, '--format', 'json', ...extra, target],
    { env: { ...process.env, THREAD_CPU_FILE: file }, stdio: 'ignore' },
  );
  const totals = readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .pop();
  return totals ? JSON.parse(totals) : undefined;
}

function row(name, m) {
  const perCpu = m.resources / m.cpu;
  return `| ${name} | ${m.files} | ${m.resources} | ${m.cpu.toFixed(2)} s | ${m.wall.toFixed(2)} s | ${perCpu.toFixed(0)} | ${m.rssMb.toFixed(0)} MB |`;
}

function breakdown(target) {
  const output = execFileSync(
    process.execPath,
    ['--conditions=source', '--import', 'tsx', join(root, 'scripts', 'bench', 'breakdown.ts'), target],
    {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 1 << 30,
    },
  );
  return JSON.parse(output.trim().split('\n').pop());
}

function scaled(times) {
  const folder = join(scratch, `x${times}`);
  for (let i = 0; i < times; i++) cpSync(corpus, join(folder, `copy-${i}`), { recursive: true, dereference: false });
  return folder;
}

function supportsCache() {
  const help = spawnSync(process.execPath, [podlint, '--help'], { encoding: 'utf8' }).stdout ?? '';
  return help.includes('--cache');
}

console.log(
  `corpus: ${smoke ? 'generated smoke corpus' : corpus}; runs: ${runs} (medians)${timeAvailable ? '' : '; /usr/bin/time missing: no CPU or RSS figures'}`,
);
console.log(`load: ${execFileSync('uptime', { encoding: 'utf8' }).trim()}\n`);

const peerJob = kubeconformJob();
const compared = interleaved({
  ...(peerJob ? { peer: peerJob } : {}),
  podlintRun: podlintJob(corpus),
  oneProcess: podlintJob(corpus, ['--jobs', '1']),
  twoWorkers: podlintJob(corpus, ['--jobs', '2']),
});
const { peer, podlintRun, oneProcess, twoWorkers } = compared;
console.log(`(interleaved: each round runs ${Object.keys(compared).length} commands in turn, ${runs} rounds)\n`);
console.log('| tool | files | resources | CPU time | wall | resources / CPU-s | peak RSS |');
console.log('| --- | --- | --- | --- | --- | --- | --- |');
if (peer) console.log(row(`kubeconform ${KUBECONFORM_VERSION} (-strict -n 2)`, peer));
console.log(row('podlint (--format json)', podlintRun));
console.log(row('podlint --jobs 1 (one thread)', oneProcess));
console.log(row('podlint --jobs 2 (main thread + a worker)', twoWorkers));
if (peer) {
  const ratio = podlintRun.resources / podlintRun.cpu / (peer.resources / peer.cpu);
  console.log(`\nresources per CPU-second, podlint / kubeconform: ${ratio.toFixed(2)} (target ≥ 2)`);
  console.log(`wall time, podlint / kubeconform: ${(podlintRun.wall / peer.wall).toFixed(2)} (target ≤ 1)`);
}

if (existsSync('/proc/self/task')) {
  const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;
  const byThread = (jobs) => {
    const cpu = threadCpu(corpus, ['--jobs', String(jobs)]);
    return cpu
      ? `--jobs ${jobs}: main ${seconds(cpu.main)}, workers ${seconds(cpu.workers)}, V8 background (optimizing compiler, GC helpers) ${seconds(cpu.v8)}`
      : `--jobs ${jobs}: no figures`;
  };
  console.log(`\npodlint's CPU by thread (one run each):\n  ${byThread(1)}\n  ${byThread(2)}`);
}

const stages = breakdown(corpus);
const total = stages.readMs + stages.loadAndEngineMs + stages.schemaMs + stages.rulesMs + stages.outputMs;
const share = (ms) => `${ms.toFixed(0)} ms (${((100 * ms) / total).toFixed(0)}%)`;
console.log('\npodlint by stage (one process, source build):');
console.log(
  `  read ${share(stages.readMs)}, load + engine (parse, model, locate, suppress) ${share(stages.loadAndEngineMs)}, schema rules ${share(stages.schemaMs)}, other rules ${share(stages.rulesMs)}, JSON output ${share(stages.outputMs)}`,
);
console.log(
  `  lint() of the same inputs: first in the process ${stages.firstLintMs.toFixed(0)} ms, second ${stages.secondLintMs.toFixed(0)} ms: ${(stages.firstLintMs - stages.secondLintMs).toFixed(0)} ms of the first is warm-up (V8's compilers, tables and validators built on first use)`,
);

const startup = spawnSync(process.execPath, [join(root, 'scripts', 'bench-startup.mjs')], {
  encoding: 'utf8',
  env: { ...process.env, RUNS: String(smoke ? 3 : 20) },
});
console.log(`\ncold start on one small file:\n${(startup.stdout ?? '').trim().replace(/^/gm, '  ')}`);

if (!smoke) {
  const tenfold = runPodlint(scaled(10));
  console.log(
    `\nscaling: 1x ${podlintRun.wall.toFixed(2)} s wall / ${podlintRun.cpu.toFixed(2)} s CPU; 10x ${tenfold.wall.toFixed(2)} s / ${tenfold.cpu.toFixed(2)} s: ${(tenfold.wall / podlintRun.wall).toFixed(1)}x the time (target ≤ 11x), peak RSS ${tenfold.rssMb.toFixed(0)} MB`,
  );
}

if (supportsCache()) {
  // A copy, so one of its files can change.
  const tree = join(scratch, 'cached');
  cpSync(corpus, tree, { recursive: true, dereference: false });
  const cacheFile = join(scratch, 'podlintcache');
  const cacheArgs = ['--cache', '--cache-location', cacheFile];
  // Each round: a first run that writes the cache, an unchanged rerun, and an uncached run.
  const firstRun = podlintJob(tree, cacheArgs);
  const cached = interleaved({
    first: () => {
      rmSync(cacheFile, { force: true });
      return firstRun();
    },
    rerun: podlintJob(tree, cacheArgs),
    uncached: podlintJob(tree),
  });
  const changed = firstManifest(tree);
  appendFileSync(changed, '\n# changed\n');
  const afterChange = runPodlint(tree, cacheArgs, 1);
  const percent = (part, whole) => `${((100 * part) / whole).toFixed(0)}%`;
  console.log(
    `\ncached rerun (interleaved): first run with --cache ${cached.first.wall.toFixed(2)} s; unchanged rerun ${cached.rerun.wall.toFixed(2)} s wall / ${cached.rerun.cpu.toFixed(2)} s CPU: ${percent(cached.rerun.wall, cached.first.wall)} of the first run (target < 20%), ${percent(cached.rerun.wall, cached.uncached.wall)} of an uncached run (${cached.uncached.wall.toFixed(2)} s); after one file changed ${afterChange.wall.toFixed(2)} s`,
  );
} else {
  console.log('\ncached rerun: podlint has no --cache yet');
}

{
  const megabytes = smoke ? 2 : Number(process.env.BIG_MB ?? 100);
  const big = join(scratch, 'big');
  const written = writeBigFolder(big, megabytes);
  const auto = runPodlint(big, [], 1);
  const single = runPodlint(big, ['--jobs', '1'], 1);
  console.log(
    `\n${(written / 1024 / 1024).toFixed(0)} MB folder (${auto.files} files, ${auto.resources} resources, one run each): default ${auto.wall.toFixed(1)} s wall / ${auto.cpu.toFixed(1)} s CPU, peak RSS ${auto.rssMb.toFixed(0)} MB; --jobs 1 ${single.wall.toFixed(1)} s / ${single.cpu.toFixed(1)} s, peak RSS ${single.rssMb.toFixed(0)} MB (target < 300 MB)`,
  );
}

/** The first manifest of a tree, in name order. */
function firstManifest(folder) {
  for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(folder, entry.name);
    if (entry.isFile() && /\.ya?ml$/.test(entry.name)) return path;
    if (entry.isDirectory() && !entry.name.startsWith('_')) {
      const found = firstManifest(path);
      if (found) return found;
    }
  }
  return undefined;
}

function writeSmokeCorpus(folder) {
  for (let i = 0; i < 20; i++) {
    const app = join(folder, `app-${i}`);
    mkdirSync(app, { recursive: true });
    writeFileSync(
      join(app, 'deploy.yaml'),
      `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app-${i}\nspec:\n  selector:\n    matchLabels: {app: app-${i}}\n  template:\n    metadata:\n      labels: {app: app-${i}}\n    spec:\n      containers:\n        - name: app\n          image: nginx:1.27\n          ports:\n            - containerPort: 8080\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: app-${i}\nspec:\n  selector: {app: app-${i}}\n  ports:\n    - port: 80\n      targetPort: 8080\n`,
    );
  }
  if (readdirSync(folder).length !== 20) fail('could not write the smoke corpus');
  return folder;
}

function fail(message) {
  console.error(`bench: ${message}`);
  process.exit(2);
}
