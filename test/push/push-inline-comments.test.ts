import { describe, expect, it } from 'vitest';
import { flavors, pushMarkdownEdit, sandboxForEach } from './push-sandbox-helpers.js';

const marker = (ref: string, inner: string): string => `<ac:inline-comment-marker ac:ref="${ref}">${inner}</ac:inline-comment-marker>`;

// Inline comments hang on their markers: a push that loses a marker detaches the thread.
describe('push keeps inline comment markers', () => {
  const sandbox = sandboxForEach(flavors[0]!);
  const body = [
    `<p>Launch ${marker('5d0c-a1', 'on <strong>Monday</strong>')} after review.</p>`,
    `<ul><li>${marker('5d0c-a2', 'Check')} the logs</li><li>Ship</li></ul>`,
    `<table><tbody><tr><th>Owner</th><th>Due</th></tr><tr><td>${marker('5d0c-a3', 'Ana')}</td><td>May</td></tr></tbody></table>`,
    '<p>Closing words.</p>',
  ].join('');

  it('an edit elsewhere on the page leaves every marker byte for byte', async () => {
    const after = await pushMarkdownEdit(sandbox(), 'v2', 'ICM elsewhere', body, 'Closing words.', 'Closing words, edited.');
    expect(after).toBe(body.replace('Closing words.', 'Closing words, edited.'));
  });

  it('an edit in the paragraph that holds a marker keeps the marker', async () => {
    const after = await pushMarkdownEdit(sandbox(), 'v2', 'ICM same paragraph', body, 'after review.', 'after the review.');
    expect(after).toBe(body.replace('after review.', 'after the review.'));
  });

  it('an edit in the list item and the table cell beside the markers keeps them', async () => {
    const list = await pushMarkdownEdit(sandbox(), 'v2', 'ICM list', body, '</span> the logs', '</span> the new logs');
    expect(list).toBe(body.replace('the logs', 'the new logs'));
    const table = await pushMarkdownEdit(sandbox(), 'v2', 'ICM table', body, '| May |', '| June |');
    expect(table).toBe(body.replace('<td>May</td>', '<td>June</td>'));
  });
});
