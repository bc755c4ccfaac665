export { run, type CliIo } from './main.js';
export { serveLintWorker } from './worker-service.js';
