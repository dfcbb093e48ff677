import { shownOnTerminal } from '../errors.js';
import type { PagePushResult } from './push-types.js';
import { createPageBar } from '../export/progress-bar.js';

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
    const bar = createPageBar(stream, 'publishing');
    return {
      onPage({ done, total, result }) {
        if (!bar.started) bar.start(total, '');
        bar.update(done, result.title ?? result.file, Math.max(total, done));
      },
      stop: () => bar.stop(),
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
