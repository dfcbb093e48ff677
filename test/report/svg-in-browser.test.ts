import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { load } from 'cheerio';
import { renderSvg } from '../../src/report/render-svg.js';
import { countColour, decodePng } from './png-pixels.js';
import { fixtureReport } from './series-fixture.js';

function findChromium(): string | null {
  // Lets the structure-only path be exercised on a machine that has a browser.
  if (process.env.WIKIPORT_TEST_NO_BROWSER === '1') return null;
  for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
    const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
    if (found.status === 0 && found.stdout.trim()) return found.stdout.trim();
  }
  return null;
}

describe('the attendance heatmap as a browser shows it', () => {
  it('renders in headless Chromium to a non-blank picture with the heatmap colours (or, without a browser, is a valid SVG)', async () => {
    const report = await fixtureReport();
    const svg = renderSvg(report);
    const $ = load(svg, { xml: true });
    const width = Number($('svg').attr('width'));
    const height = Number($('svg').attr('height'));
    expect($('svg > rect').first().attr('fill')).toBe('#ffffff');
    expect($('rect.cell')).toHaveLength(report.attendance.people.length * report.meetingCount);

    const chromium = findChromium();
    if (!chromium) {
      console.warn('[svg test] no chromium on PATH: checked the SVG structure only');
      for (const rect of $('rect').toArray()) {
        for (const attr of ['x', 'y', 'width', 'height']) {
          const value = $(rect).attr(attr);
          if (value !== undefined) expect(Number.isFinite(Number(value))).toBe(true);
        }
      }
      return;
    }
    const dir = mkdtempSync(join(tmpdir(), 'wikiport-svg-'));
    try {
      const svgFile = join(dir, 'attendance.svg');
      const png = join(dir, 'shot.png');
      writeFileSync(svgFile, svg);
      execFileSync(
        chromium,
        ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--hide-scrollbars', `--user-data-dir=${join(dir, 'profile')}`, `--screenshot=${png}`, `--window-size=${width},${height}`, pathToFileURL(svgFile).href],
        { stdio: 'pipe', timeout: 60_000 },
      );
      expect(existsSync(png)).toBe(true);
      const pixels = decodePng(readFileSync(png));
      const total = pixels.width * pixels.height;
      const white = countColour(pixels, [255, 255, 255], 6);
      const present = countColour(pixels, [0x21, 0x66, 0xac]);
      const absent = countColour(pixels, [0xf4, 0xa5, 0x82]);
      console.info(`[svg test] rendered in headless Chromium: ${pixels.width}x${pixels.height}, ${present} present-colour and ${absent} absent-colour pixels`);
      expect(white).toBeLessThan(total * 0.97);
      const presentCells = report.attendance.people.reduce((n, p) => n + p.present, 0);
      // Each cell is 22x22 with rounded corners: most of its pixels carry the fill.
      expect(present).toBeGreaterThan(presentCells * 22 * 22 * 0.6);
      expect(absent).toBeGreaterThan(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
