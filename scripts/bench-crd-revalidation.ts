// What re-linting a custom resource costs in a long-lived process (the language server): time per
// run and heap growth, with the CRD unchanged between runs (editing the resource) and with a new
// CRD schema every run (editing the CRD). Run with:
//   node --expose-gc --conditions=source --import tsx scripts/bench-crd-revalidation.ts
import { lint } from '../packages/core/src/index.js';

const RUNS = 6000;
const crd = (maximum: number): string => `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata: {name: widgets.example.com}
spec:
  group: example.com
  names: {kind: Widget, plural: widgets}
  scope: Namespaced
  versions:
    - name: v1
      served: true
      storage: true
      schema:
        openAPIV3Schema: {type: object, properties: {spec: {type: object, properties: {size: {type: integer, maximum: ${maximum}}}}}}
`;
const widget = (size: number): string =>
  `---\napiVersion: example.com/v1\nkind: Widget\nmetadata: {name: w}\nspec: {size: ${size}}\n`;

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) console.warn('run with --expose-gc for heap figures that mean something');

function measure(name: string, text: (run: number) => string): void {
  for (let run = 0; run < 500; run++) lint([{ file: 'widget.yaml', text: text(run) }]);
  gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const started = performance.now();
  for (let run = 0; run < RUNS; run++) lint([{ file: 'widget.yaml', text: text(run) }]);
  const elapsed = performance.now() - started;
  gc?.();
  const growth = (process.memoryUsage().heapUsed - heapBefore) / 1e6;
  console.log(
    `${name}: ${(elapsed / RUNS).toFixed(2)} ms per run, heap growth over ${RUNS} runs ${growth.toFixed(1)} MB`,
  );
}

measure('same CRD, resource edited', (run) => crd(7) + widget(run % 50));
measure('CRD edited every run', (run) => crd(run) + widget(5));
