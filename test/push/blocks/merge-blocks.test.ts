import { describe, expect, it } from 'vitest';
import { excerpt, mergeBlocks } from '../../../src/push/blocks/merge-blocks.js';

const base = [
  '<ac:structured-macro ac:name="toc" ac:schema-version="1" />',
  '<h2>Agenda</h2>',
  '<ul><li>Project updates</li><li>AOB</li></ul>',
  '<h2>Minutes</h2>',
  '<p>Leonardo: CCA remains the priority.</p>',
  '<p>Kevin: attestation library nearly done.</p>',
].join('\n');

describe('mergeBlocks', () => {
  it('takes local and remote edits of different blocks, and says what it took from the wiki', () => {
    const local = base.replace('nearly done', 'done, integrated into CoCo');
    const remote = base.replace('<li>AOB</li>', '<li>Events</li><li>AOB</li>');
    const result = mergeBlocks(base, local, remote);
    expect(result.conflicts).toEqual([]);
    expect(result.storage).toBe(base.replace('nearly done', 'done, integrated into CoCo').replace('<li>AOB</li>', '<li>Events</li><li>AOB</li>'));
    expect(result.merged).toEqual(['kept the wiki\'s change to "Project updates AOB"']);
  });

  it('reports a conflict when both sides changed the same block differently', () => {
    const local = base.replace('CCA remains', 'CCA stays');
    const remote = base.replace('CCA remains the priority.', 'CCA remains the top priority.');
    const result = mergeBlocks(base, local, remote);
    expect(result.conflicts).toHaveLength(1);
    expect(result.conflicts[0]!.where).toBe('"Leonardo: CCA remains the priority."');
    expect(result.conflicts[0]!.local).toContain('CCA stays');
    expect(result.conflicts[0]!.remote).toContain('top priority');
  });

  it('accepts the same change made on both sides', () => {
    const both = base.replace('AOB', 'Any other business');
    const result = mergeBlocks(base, both, both);
    expect(result.conflicts).toEqual([]);
    expect(result.storage).toBe(both);
  });

  it('keeps blocks the wiki added and deleted next to a local edit elsewhere', () => {
    const local = base.replace('<h2>Agenda</h2>', '<h2>Agenda (draft)</h2>');
    const remote = base.replace('\n<p>Kevin: attestation library nearly done.</p>', '') + '\n<p>Grant: new item</p>';
    const result = mergeBlocks(base, local, remote);
    expect(result.conflicts).toEqual([]);
    expect(result.storage).toBe(remote.replace('<h2>Agenda</h2>', '<h2>Agenda (draft)</h2>'));
    expect(result.merged).toHaveLength(1);
  });

  it('merges edits of two neighbouring blocks, one on each side', () => {
    const local = base.replace('CCA remains', 'CCA stays');
    const remote = base.replace('nearly done', 'done');
    const result = mergeBlocks(base, local, remote);
    expect(result.conflicts).toEqual([]);
    expect(result.storage).toBe(base.replace('CCA remains', 'CCA stays').replace('nearly done', 'done'));
    expect(result.merged).toEqual(['kept the wiki\'s change to "Kevin: attestation library nearly done."']);
  });

  it('counts an insertion by both sides at the same place as a conflict', () => {
    const local = base + '\n<p>Local note</p>';
    const remote = base + '\n<p>Wiki note</p>';
    expect(mergeBlocks(base, local, remote).conflicts).toHaveLength(1);
  });
});

describe('excerpt', () => {
  it('names a macro and drops its parameters', () => {
    expect(excerpt('<ac:structured-macro ac:name="drawio"><ac:parameter ac:name="diagramName">flow</ac:parameter></ac:structured-macro>')).toBe('[drawio macro]');
  });
});

describe('mergeBlocks inside a layout', () => {
  const layout = (left: string, right: string) =>
    '<h1>Plan</h1><ac:layout><ac:layout-section ac:type="two_equal" ac:breakout-mode="default">' +
    `<ac:layout-cell><p>${left}</p><p>Left two</p></ac:layout-cell><ac:layout-cell><p>${right}</p></ac:layout-cell>` +
    '</ac:layout-section></ac:layout><p>After</p>';

  it('merges an edit in one column with the wiki\'s edit in the other', () => {
    const result = mergeBlocks(layout('Left', 'Right'), layout('Left (mine)', 'Right'), layout('Left', 'Right (theirs)'));
    expect(result.conflicts).toEqual([]);
    expect(result.storage).toBe(layout('Left (mine)', 'Right (theirs)'));
  });

  it('still refuses both sides changing the same cell paragraph', () => {
    expect(mergeBlocks(layout('Left', 'Right'), layout('Left', 'Right A'), layout('Left', 'Right B')).conflicts).toHaveLength(1);
  });
});
