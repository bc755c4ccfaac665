// Preloaded by the bench (`node --require thread-cpu.cjs podlint …`, Linux only): where a run's CPU
// goes, by thread. Every thread's CPU is sampled from /proc every 20 ms; each worker thread, which
// runs this preload too, notes its thread id in THREAD_CPU_FILE; at exit the main thread appends
// {"main": ms, "workers": ms, "v8": ms} to that file. "v8" is everything else: V8's background
// threads (the optimizing compiler, the garbage collector's helpers) and libuv's.
'use strict';
const { appendFileSync, readdirSync, readFileSync } = require('node:fs');
const { setInterval } = require('node:timers');
const { isMainThread } = require('node:worker_threads');

const file = process.env.THREAD_CPU_FILE;
const threadCpuMs = (stat) => {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
};

if (file && isMainThread) {
  const cpu = new Map();
  const sample = () => {
    for (const tid of readdirSync('/proc/self/task')) {
      try {
        cpu.set(tid, threadCpuMs(readFileSync(`/proc/self/task/${tid}/stat`, 'utf8')));
      } catch {
        // The thread has just ended.
      }
    }
  };
  setInterval(sample, 20).unref();
  process.on('exit', () => {
    sample();
    const workers = new Set(
      readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => /^worker \d+$/.test(line))
        .map((line) => line.slice('worker '.length)),
    );
    const totals = { main: 0, workers: 0, v8: 0 };
    for (const [tid, ms] of cpu) {
      if (tid === String(process.pid)) totals.main += ms;
      else if (workers.has(tid)) totals.workers += ms;
      else totals.v8 += ms;
    }
    appendFileSync(file, `${JSON.stringify(totals)}\n`);
  });
} else if (file) {
  const self = readFileSync('/proc/thread-self/stat', 'utf8');
  appendFileSync(file, `worker ${self.slice(0, self.indexOf(' '))}\n`);
}
