import { createWriteStream } from 'node:fs';
import type { WriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { once } from 'node:events';
import type { PageDocument } from '../model/page-document.js';
import { makeFolder } from './make-folder.js';

/**
 * `--format ndjson` / `--out FILE.ndjson`: one page document per line, in one file, written as
 * pages come so that memory stays flat however large the space. The lines go to a temporary
 * file that replaces the target only on `close()`, so a failed run never leaves half a dataset
 * where a good one was; `abort()` removes it.
 */
export class NdjsonWriter {
  private readonly temp: string;
  private stream: WriteStream | null = null;
  private lines = 0;

  constructor(private readonly target: string) {
    this.temp = `${target}.${process.pid}.${Date.now().toString(36)}.tmp`;
  }

  /** Pages written so far. */
  get count(): number {
    return this.lines;
  }

  /** Bytes queued in the stream and not yet handed to the file (stays under one page plus the stream's buffer). */
  get bufferedBytes(): number {
    return this.stream?.writableLength ?? 0;
  }

  async write(page: PageDocument): Promise<void> {
    const stream = await this.open();
    // JSON.stringify never emits a raw newline, so one page is always exactly one line.
    if (!stream.write(`${JSON.stringify(page)}\n`)) await once(stream, 'drain');
    this.lines++;
  }

  async close(): Promise<void> {
    const stream = await this.open();
    await new Promise<void>((resolve, reject) => {
      stream.once('error', reject);
      stream.end(() => resolve());
    });
    await rename(this.temp, this.target);
  }

  async abort(): Promise<void> {
    const stream = this.stream;
    if (stream && !stream.destroyed) {
      // Let queued writes finish (or fail quietly): the temporary file is removed either way.
      stream.on('error', () => undefined);
      await new Promise<void>((resolve) => stream.end(() => resolve()));
    }
    await rm(this.temp, { force: true });
  }

  private async open(): Promise<WriteStream> {
    if (this.stream) return this.stream;
    await makeFolder(dirname(this.target));
    const stream = createWriteStream(this.temp, { encoding: 'utf8', flags: 'w' });
    await once(stream, 'open');
    this.stream = stream;
    return stream;
  }
}
