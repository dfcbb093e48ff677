import { convert, type ConvertOptions } from '../../src/convert.js';
import { readStorage } from '../../src/formats/storage/read-storage.js';
import { writeStorage } from '../../src/formats/storage/write-storage.js';
import { readMarkdown } from '../../src/formats/markdown/read-markdown.js';
import { ConversionReport } from '../../src/hub/report.js';
import { withWriteOptions } from '../../src/hub/write-options.js';

/** Helpers for the construct suites: every direction of one construct, with the write options given. */
type Options = Omit<ConvertOptions, 'from' | 'to'>;

export function storageToHub(storage: string, report = new ConversionReport()): string {
  return readStorage(storage, report);
}

export function storageToMd(storage: string, options: Options = {}): string {
  return convert(storage, { from: 'storage', to: 'md', ...options }).output;
}

export function mdToStorage(markdown: string, options: Options = {}): string {
  return convert(markdown, { from: 'markdown', to: 'storage', ...options }).output;
}

export function mdToHub(markdown: string, options: Options = {}): string {
  return withWriteOptions(options, () => readMarkdown(markdown).hub);
}

export function hubToStorage(hub: string): string {
  return writeStorage(hub);
}

/** storage -> md -> storage -> md: both Markdown texts and the storage in between. */
export function roundTrip(storage: string, options: Options = {}): { md: string; storage: string; mdAgain: string } {
  const md = storageToMd(storage, options);
  const back = mdToStorage(md, options);
  return { md, storage: back, mdAgain: storageToMd(back, options) };
}

export function reportOf(storage: string): ConversionReport {
  const report = new ConversionReport();
  readStorage(storage, report);
  return report;
}

/** Storage with the whitespace between tags removed (the Markdown reader puts newlines between blocks). */
export function squash(storage: string): string {
  return storage.replace(/>\s+</g, '><').trim();
}
