// A worker thread of `convert --out` (convert-threads.ts starts it): converts the page files it is
// handed, chunk by chunk, and sends each page's output text, report lines or failure back. It
// writes nothing: the calling thread names and writes the outputs in input order.
import { parentPort, workerData } from 'node:worker_threads';
import { convertInput, type ConvertSettings } from './convert-files.js';
import type { ConvertWorkerData, FromWorker, ToWorker } from './convert-threads.js';

const port = parentPort;
if (port) {
  const data = workerData as ConvertWorkerData;
  const settings: ConvertSettings = { ...data.settings };
  if (data.redactRulesFile !== undefined) {
    const { loadRedactionRules } = await import('../redact/load-redaction-rules.js');
    settings.redact = await loadRedactionRules(data.redactRulesFile ?? undefined);
  }
  port.on('message', ({ jobs }: ToWorker) => {
    const outcomes = jobs.map((job) => convertInput(job.slot, job.input, job.shown, settings));
    port.postMessage({ outcomes } satisfies FromWorker);
  });
  port.postMessage({ ready: true } satisfies FromWorker);
}
