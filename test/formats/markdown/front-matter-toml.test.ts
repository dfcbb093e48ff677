import { describe, expect, it } from 'vitest';
import { readFrontMatter } from '../../../src/formats/markdown/front-matter.js';
import { convert } from '../../../src/convert.js';

// hostile-md: a Hugo page's `+++` front matter was published as the first paragraph of the page, its title ignored.
describe('TOML front matter (between +++ lines)', () => {
  it('is read like YAML front matter: title, tags as labels, a date as written, other keys as properties', () => {
    const { meta, body, problem } = readFrontMatter('+++\ntitle = "Ferry timetable"\ntags = ["boats", "summer"]\ndate = 2025-06-01\ndraft = false\n+++\n\nDepartures hourly.\n');
    expect(problem).toBeUndefined();
    expect(meta).toMatchObject({ title: 'Ferry timetable', labels: ['boats', 'summer'], date: '2025-06-01', properties: { draft: false } });
    expect(body).toBe('\nDepartures hourly.\n');
  });

  it('never reaches the page body, also with CRLF lines', () => {
    const out = convert('+++\r\ntitle = "Pier"\r\n+++\r\nBoarding at gate 2.\r\n', { from: 'markdown', to: 'storage' }).output;
    expect(out).toBe('<p>Boarding at gate 2.</p>');
  });

  it('that is not valid TOML is named as such and kept off the page', () => {
    const { meta, body, problem } = readFrontMatter('+++\ntitle = Pier without quotes\n+++\nText.\n');
    expect(meta).toEqual({});
    expect(body).toBe('Text.\n');
    expect(problem).toMatch(/^front matter \(TOML, between \+\+\+ lines\) is not valid TOML/);
  });

  it('a +++ line further down is text', () => {
    expect(readFrontMatter('Intro\n+++\ntitle = "x"\n+++\n').meta).toEqual({});
  });
});
