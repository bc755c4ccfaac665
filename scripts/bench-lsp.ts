// The language server's budget: didChange → publishDiagnostics within 10 ms p50 and 25 ms p95 on a
// 1,000-line multi-document manifest, any debounce included; memory stable over 1,000 edits
// (under 20% growth). Drives the real server process (the built bundle, `pnpm build` first) over
// stdio with a real client, the way an editor does: one edit, wait for its diagnostics, the next.
// Also prints the transport-free service's own time per edit. A file given as the argument
// replaces the generated one. Prints figures; asserts nothing.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { diagnose } from '../packages/lsp/src/service.ts';
import { serverCommand, TestClient } from '../test/lsp/client.ts';

function generatedFile(): string {
  const documents: string[] = [];
  for (let i = 0; documents.join('\n---\n').split('\n').length < 1000; i++) {
    documents.push(`apiVersion: apps/v1
kind: Deployment
metadata:
  name: web-${i}
  labels: {app: web-${i}}
spec:
  replicas: 2
  selector:
    matchLabels: {app: web-${i}}
  template:
    metadata:
      labels: {app: web-${i}}
    spec:
      containers:
        - name: web
          image: nginx:1.27
          ports:
            - {name: http, containerPort: 8080}
          readinessProbe:
            httpGet: {path: /healthz, port: http}
          livenessProbe:
            tcpSocket: {port: http}
          resources:
            requests: {cpu: 100m, memory: 128Mi}
            limits: {memory: 256Mi}`);
  }
  return documents.join('\n---\n');
}

const text = process.argv[2] ? readFileSync(process.argv[2], 'utf8') : generatedFile();
const lines = text.split('\n');
// Typing happens somewhere in the middle of the file: the replicas value of the middle document.
const editLine = lines.findIndex((line, i) => i >= lines.length / 2 && line.includes('replicas: '));
const editColumn = (lines[editLine] ?? '').indexOf('replicas: ') + 'replicas: '.length;

function percentile(times: readonly number[], q: number): string {
  const sorted = [...times].sort((a, b) => a - b);
  return (sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? 0).toFixed(1);
}

function serviceOnly(): void {
  const times: number[] = [];
  // CPU time as well as wall time: on a shared machine the wall clock also counts other processes' turns.
  const cpuTimes: number[] = [];
  for (let i = 0; i < 200; i++) {
    const edited = [
      ...lines.slice(0, editLine),
      (lines[editLine] ?? '').slice(0, editColumn) + String((i % 9) + 1),
      ...lines.slice(editLine + 1),
    ].join('\n');
    const started = performance.now();
    const cpu = process.cpuUsage();
    diagnose('file:///bench.yaml', edited);
    const used = process.cpuUsage(cpu);
    times.push(performance.now() - started);
    cpuTimes.push((used.user + used.system) / 1000);
  }
  console.log(
    `service (in process): ${lines.length} lines, ${times.length} edits: wall p50 ${percentile(times, 0.5)} ms, p95 ${percentile(times, 0.95)} ms; CPU p50 ${percentile(cpuTimes, 0.5)} ms, p95 ${percentile(cpuTimes, 0.95)} ms`,
  );
}

/** Heap after a full collection, before and after many edits: what the service keeps, without V8's slack. */
function serviceMemory(edits: number): void {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  const heapAfter = (): number => {
    gc();
    return process.memoryUsage().heapUsed / 1048576;
  };
  let warm = 0;
  for (let i = 0; i < edits; i++) {
    // A new value every time, so no cache is ever hit by an old text.
    const edited = [
      ...lines.slice(0, editLine),
      `${(lines[editLine] ?? '').slice(0, editColumn)}${i}`,
      ...lines.slice(editLine + 1),
    ].join('\n');
    diagnose('file:///bench.yaml', edited);
    if (i === 99) warm = heapAfter();
  }
  const end = heapAfter();
  console.log(
    `service heap after GC: ${warm.toFixed(1)} MiB after 100 edits, ${end.toFixed(1)} MiB after ${edits} (${(((end - warm) / warm) * 100).toFixed(1)}% growth)`,
  );
}

function rssKiB(pid: number | undefined): number {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid ?? 0}/status`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/** Loaded into the server for the benchmark only: on SIGUSR2 it collects garbage and reports the heap. */
const HEAP_PROBE =
  "process.on('SIGUSR2', () => { globalThis.gc(); process.stderr.write(`podlint-bench-heap ${process.memoryUsage().heapUsed}\\n`); });\n";

async function serverHeapMiB(client: TestClient): Promise<number> {
  const before = client.stderr.length;
  client.child.kill('SIGUSR2');
  for (let waited = 0; waited < 10_000; waited += 20) {
    const match = /podlint-bench-heap (\d+)/.exec(client.stderr.slice(before));
    if (match) return Number(match[1]) / 1048576;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return 0;
}

async function overStdio(edits: number): Promise<void> {
  const probeDirectory = mkdtempSync(join(tmpdir(), 'podlint-bench-'));
  const probe = join(probeDirectory, 'heap-probe.mjs');
  writeFileSync(probe, HEAP_PROBE);
  const client = new TestClient(tmpdir(), ['--expose-gc', '--import', pathToFileURL(probe).href, ...serverCommand()]);
  try {
    await client.initialize(pathToFileURL(tmpdir()).href);
    const uri = pathToFileURL(join(tmpdir(), 'podlint-bench.yaml')).href;
    let published = client.next(uri, 1);
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
    await published;
    const times: number[] = [];
    let warm = { rss: 0, heap: 0 };
    for (let i = 0; i < edits; i++) {
      const version = i + 2;
      published = client.next(uri, version);
      const started = performance.now();
      client.notify('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [
          {
            range: {
              start: { line: editLine, character: editColumn },
              end: { line: editLine, character: editColumn + 1 },
            },
            text: String((i % 9) + 1),
          },
        ],
      });
      await published;
      times.push(performance.now() - started);
      if (i === 99) warm = { rss: rssKiB(client.child.pid) / 1024, heap: await serverHeapMiB(client) };
    }
    const end = { rss: rssKiB(client.child.pid) / 1024, heap: await serverHeapMiB(client) };
    const measured = times.slice(0, 200);
    console.log(
      `server over stdio: ${lines.length} lines, first ${measured.length} of ${edits} edits: didChange → publishDiagnostics p50 ${percentile(measured, 0.5)} ms, p95 ${percentile(measured, 0.95)} ms; all ${edits}: p50 ${percentile(times, 0.5)} ms, p95 ${percentile(times, 0.95)} ms`,
    );
    const growth = (from: number, to: number): string => `${(((to - from) / from) * 100).toFixed(1)}%`;
    console.log(
      `server heap after GC: ${warm.heap.toFixed(1)} MiB after 100 edits, ${end.heap.toFixed(1)} MiB after ${edits} (${growth(warm.heap, end.heap)} growth)`,
    );
    if (warm.rss > 0)
      console.log(
        `server RSS (V8 gives memory back lazily): ${warm.rss.toFixed(1)} MiB after 100 edits, ${end.rss.toFixed(1)} MiB after ${edits} (${growth(warm.rss, end.rss)})`,
      );
  } finally {
    await client.close().catch(() => client.child.kill('SIGKILL'));
    rmSync(probeDirectory, { recursive: true, force: true });
  }
}

console.log(
  `load average ${loadavg()
    .map((value) => value.toFixed(2))
    .join(' ')}`,
);
serviceOnly();
serviceMemory(1000);
await overStdio(1000);
