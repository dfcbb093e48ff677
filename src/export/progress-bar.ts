import cliProgress from 'cli-progress';
import { shownOnTerminal } from '../errors.js';

/** A bar of pages on a terminal, shared by export and publishing: `exporting [███---] 3/10 pages | Title`. */
export interface PageBar {
  /** Shows the bar at 0 of `total`, with a note of ours (not a page title) beside it. */
  start(total: number, note: string): void;
  /** Moves a started bar to `done`, showing the page's title (and a new total when given). */
  update(done: number, title: string, total?: number): void;
  readonly started: boolean;
  stop(): void;
}

export function createPageBar(stream: NodeJS.WriteStream, verb: string): PageBar {
  const bar = new cliProgress.SingleBar(
    { stream, format: `${verb} [{bar}] {value}/{total} pages | {title}`, hideCursor: true, clearOnComplete: false },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    start(total, note) {
      bar.start(total, 0, { title: note });
      started = true;
    },
    update(done, title, total) {
      if (!started) return;
      if (total !== undefined) bar.setTotal(total);
      bar.update(done, { title: shownOnTerminal(title).slice(0, 40) });
    },
    get started() {
      return started;
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
