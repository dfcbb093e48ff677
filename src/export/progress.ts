import { shownOnTerminal } from '../errors.js';
import type { ExportProgressEvent } from './export-types.js';
import { createPageBar } from './progress-bar.js';

export interface ProgressReporter {
  onEvent(event: ExportProgressEvent): void;
  stop(): void;
}

/**
 * Export progress on stderr: a bar on a terminal, one plain line per page otherwise (logs, CI),
 * nothing when quiet.
 */
export function createProgressReporter(options: { quiet: boolean; tty: boolean; stream?: NodeJS.WriteStream }): ProgressReporter {
  const stream = options.stream ?? process.stderr;
  if (options.quiet) return { onEvent: () => {}, stop: () => {} };
  if (options.tty) {
    const bar = createPageBar(stream, 'exporting');
    return {
      onEvent(event) {
        if (event.kind === 'listed') bar.start(event.total, `${event.toFetch} to fetch`);
        else if (event.kind === 'page') bar.update(event.done, event.title);
      },
      stop: () => bar.stop(),
    };
  }
  return {
    onEvent(event) {
      if (event.kind === 'listed') stream.write(`wikiport: ${event.total} pages in scope, ${event.toFetch} to fetch\n`);
      else if (event.kind === 'page' && event.outcome !== 'skipped') {
        stream.write(`wikiport: [${event.done}/${event.total}] ${event.outcome} ${event.id} ${shownOnTerminal(event.title)}\n`);
      }
    },
    stop() {},
  };
}
