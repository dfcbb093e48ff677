import cliProgress from 'cli-progress';
import { shownOnTerminal } from '../errors.js';
import type { PagePushResult } from './push-types.js';

/** One file of a published folder is done (sent, skipped, refused): `done` of `total` so far. */
export interface PublishProgressEvent {
  done: number;
  total: number;
  result: PagePushResult;
}

export interface PublishProgressReporter {
  onPage(event: PublishProgressEvent): void;
  stop(): void;
}

/**
 * Publishing progress on stderr, as export reports its own: a bar on a terminal, one plain line per
 * page sent or refused otherwise (logs, CI; a page with nothing to send is only counted), nothing
 * when quiet (--quiet, --json). The summary after the run still lists every page that changed.
 */
export function createPublishProgress(options: { quiet: boolean; tty: boolean; stream?: NodeJS.WriteStream }): PublishProgressReporter {
  const stream = options.stream ?? process.stderr;
  if (options.quiet) return { onPage: () => {}, stop: () => {} };
  if (options.tty) {
    const bar = new cliProgress.SingleBar(
      { stream, format: 'publishing [{bar}] {value}/{total} pages | {title}', hideCursor: true, clearOnComplete: false },
      cliProgress.Presets.shades_classic,
    );
    let started = false;
    return {
      onPage({ done, total, result }) {
        if (!started) {
          bar.start(total, 0, { title: '' });
          started = true;
        }
        bar.setTotal(Math.max(total, done));
        bar.update(done, { title: shownOnTerminal(result.title ?? result.file).slice(0, 40) });
      },
      stop() {
        if (started) bar.stop();
      },
    };
  }
  return {
    onPage({ done, total, result }) {
      if (result.status === 'unchanged' || result.status === 'no-change') return;
      const id = result.pageId ? ` (page ${result.pageId})` : '';
      stream.write(`wikiport: [${done}/${Math.max(total, done)}] ${result.status} ${shownOnTerminal(result.file)}${id}\n`);
    },
    stop() {},
  };
}
