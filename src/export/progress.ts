import cliProgress from 'cli-progress';
import { shownOnTerminal } from '../errors.js';
import type { ExportProgressEvent } from './export-types.js';

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
    const bar = new cliProgress.SingleBar(
      { stream, format: 'exporting [{bar}] {value}/{total} pages | {title}', hideCursor: true, clearOnComplete: false },
      cliProgress.Presets.shades_classic,
    );
    let started = false;
    return {
      onEvent(event) {
        if (event.kind === 'listed') {
          bar.start(event.total, 0, { title: `${event.toFetch} to fetch` });
          started = true;
        } else if (event.kind === 'page' && started) {
          bar.update(event.done, { title: shownOnTerminal(event.title).slice(0, 40) });
        }
      },
      stop() {
        if (started) bar.stop();
      },
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
