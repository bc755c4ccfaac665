export { run, type CliIo } from './main.js';
export { serveLintWorker } from './worker-service.js';
export { v8FlagsTuned } from './v8-tuning.js';
