// The language server's budget: diagnostics on every edit within 15 ms p50 on a 1,000-line file.
// Measures the transport-free service (what the server runs per edit) on a file given as the
// argument, or on a generated 1,000-line multi-document file. Prints p50 and p90.
import { readFileSync } from 'node:fs';
import { diagnose } from '../packages/lsp/src/service.ts';

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
const times: number[] = [];
for (let i = 0; i < 60; i++) {
  // Each iteration is an edit: one value changes, as when a user types.
  const edited = text.replace('replicas: 2', `replicas: ${(i % 5) + 1}`);
  const started = performance.now();
  diagnose('file:///bench.yaml', edited);
  times.push(performance.now() - started);
}
times.sort((a, b) => a - b);
const at = (q: number): string => (times[Math.floor(times.length * q)] ?? 0).toFixed(1);
console.log(`${text.split('\n').length} lines, ${times.length} edits: p50 ${at(0.5)} ms, p90 ${at(0.9)} ms (target p50 ≤ 15 ms)`);
