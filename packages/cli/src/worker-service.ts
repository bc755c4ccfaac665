import type { MessagePort } from 'node:worker_threads';
import { failed, GroupLinter } from './group-linter.js';
import type { FromWorker, ToWorker } from './worker-messages.js';

/**
 * A lint worker of `podlint --jobs N`: lints the folders the main thread sends on `port`, one at a
 * time. A function, not a module's side effect, because the CLI's bundle holds it beside `run` and
 * only the worker's entry calls it.
 */
export function serveLintWorker(port: MessagePort): void {
  const groups = new Map<number, GroupLinter>();
  port.on('message', (message: ToWorker) => {
    if (message.type === 'group') {
      groups.set(message.group, new GroupLinter(message.options, message.crdFiles));
      return;
    }
    // Taken back by the main thread, which lints it itself.
    if (Atomics.compareExchange(message.claims, message.task, 0, 1) !== 0) return;
    let reply: FromWorker;
    const linter = groups.get(message.group);
    if (!linter) {
      const error = new Error(`podlint worker: unknown group ${message.group}`);
      reply = {
        task: message.task,
        files: message.inputs.map((input) => failed(input.file, error)),
        updatesChecked: 0,
      };
    } else reply = { task: message.task, ...linter.lint(message.inputs) };
    port.postMessage(reply);
  });
}
