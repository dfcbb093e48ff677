import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { gemoji } from 'gemoji';
import { GEMOJI_VERSION, SHORTCODE_LINES } from '../../src/constructs/emoji-shortcode-data.js';
import { shortcodeEmoji } from '../../src/constructs/emoji-shortcodes.js';

const installed = (createRequire(import.meta.url)('gemoji/package.json') as { version: string }).version;

describe('the emoji shortcode table read from gemoji (scripts/emoji-shortcode-data.ts)', () => {
  it('was read from the installed gemoji: after an upgrade, run the script again', () => {
    expect(GEMOJI_VERSION).toBe(installed);
    expect(SHORTCODE_LINES).toBe(gemoji.map((entry) => [entry.emoji, ...entry.names].join(' ')).join('\n'));
  });

  it('gives every name of gemoji its emoji, and nothing else an emoji', () => {
    for (const entry of gemoji) for (const name of entry.names) expect(shortcodeEmoji(name), name).toBe(entry.emoji);
    expect(shortcodeEmoji('kestrel_logo')).toBeUndefined();
    expect(shortcodeEmoji('')).toBeUndefined();
  });
});
