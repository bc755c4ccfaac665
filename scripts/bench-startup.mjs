// Start-up cost of the CLI, the pre-commit case: linting one small file, against `node -e ''`.
// Target: at most 1.5x. Prints medians of wall time and the CPU time of the child processes, and,
// to show where the gap is, `podlint --version`: loading the bundle without linting anything.
//
// The code caches are first written afresh as the build writes them (scripts/cli-code-caches.mjs), so
// that the figures never depend on which run happened to write them last.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeCliCodeCaches } from './cli-code-caches.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'packages', 'cli', 'dist');
const podlint = join(root, 'packages', 'cli', 'bin', 'podlint.js');
const runs = Number(process.env.RUNS ?? 30);
const dir = mkdtempSync(join(tmpdir(), 'podlint-bench-'));
const file = join(dir, 'configmap.yaml');
writeFileSync(file, 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  level: debug\n');

writeCliCodeCaches(dist);
const cache = readdirSync(dist).find((name) => name.endsWith('.v8cache') && !name.includes('.folder.'));
const megabytes = (path) => (statSync(path).size / 1024 / 1024).toFixed(2);
console.log(
  `bundle ${megabytes(join(dist, 'podlint-bundle.cjs'))} MB, code cache ${cache ? `${megabytes(join(dist, cache))} MB (written by the build's run)` : 'none (not written)'}`,
);

/** Children's user+system CPU in ms, from /proc (Linux); undefined elsewhere. */
function childrenCpuMs() {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[13]) + Number(fields[14])) * 1000) / 100;
  } catch {
    return undefined;
  }
}

const subjects = {
  "node -e ''": [process.execPath, ['-e', '']],
  'podlint one-file.yaml': [process.execPath, [podlint, file]],
  'podlint --version': [process.execPath, [podlint, '--version']],
};
const wall = Object.fromEntries(Object.keys(subjects).map((name) => [name, []]));
const cpu = Object.fromEntries(Object.keys(subjects).map((name) => [name, 0]));
for (let i = 0; i < runs; i++) {
  for (const [name, [command, args]] of Object.entries(subjects)) {
    const cpuBefore = childrenCpuMs();
    const started = process.hrtime.bigint();
    const result = spawnSync(command, args, { stdio: 'ignore' });
    wall[name].push(Number(process.hrtime.bigint() - started) / 1e6);
    const cpuAfter = childrenCpuMs();
    if (cpuBefore !== undefined && cpuAfter !== undefined) cpu[name] += cpuAfter - cpuBefore;
    if (name.startsWith('podlint') && result.status !== 0) throw new Error(`${name} exited ${result.status}`);
  }
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const [baseline, subject] = Object.keys(subjects);
console.log(`runs: ${runs} each, interleaved`);
for (const name of Object.keys(subjects)) {
  console.log(
    `${name.padEnd(24)} wall median ${median(wall[name]).toFixed(1)} ms   cpu mean ${(cpu[name] / runs).toFixed(1)} ms`,
  );
}
console.log(
  `ratio: wall ${(median(wall[subject]) / median(wall[baseline])).toFixed(2)}x, cpu ${(cpu[subject] / cpu[baseline]).toFixed(2)}x (target ≤ 1.5x)`,
);
