// The worker thread's entry when podlint runs from its sources; a bundle's worker entry calls
// serveLintWorker from the bundle instead (dist/podlint-worker.cjs, written by scripts/bundle.mjs).
import { parentPort } from 'node:worker_threads';
import { serveLintWorker } from './worker-service.js';

if (parentPort) serveLintWorker(parentPort);
