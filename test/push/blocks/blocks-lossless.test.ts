import { describe, expect, it } from 'vitest';
import { rebuildStorageFromMarkdown, type BlockConverters } from '../../../src/push/blocks/blocks-lossless.js';
import { testConverters } from './blocks-converters.js';
import { hubBlockConverters } from '../../../src/push/push-converters.js';

const toc = '<ac:structured-macro ac:name="toc" ac:schema-version="1" ac:macro-id="7f3e"><ac:parameter ac:name="maxLevel">2</ac:parameter></ac:structured-macro>';
const table =
  '<table class="wrapped relative-table" data-layout="default" ac:local-id="t1"><colgroup><col style="width: 180px" /><col /></colgroup>' +
  '<tbody><tr ac:local-id="r0"><th>Name</th><th>Org</th></tr><tr ac:local-id="r1"><td><p>Leonardo Garcia</p></td><td>Linaro</td></tr>' +
  '<tr><td>Andy Wafaa</td><td>Arm</td></tr></tbody></table>';
const drawio =
  '<ac:structured-macro ac:name="drawio" ac:schema-version="1" data-layout="default"><ac:parameter ac:name="diagramName">flow</ac:parameter>' +
  '<ac:parameter ac:name="revision">3</ac:parameter></ac:structured-macro>';
const page = [
  toc,
  '<h2 ac:local-id="h1">Attendance</h2>',
  table,
  '<p style="text-align: left">Meeting ID: 938 5333 7073</p>',
  drawio,
  '<p>Next meeting: <time datetime="2024-02-22" /> in the usual room.</p>',
].join('\n');

const exported = testConverters.storageToMarkdown(page);

describe('rebuildStorageFromMarkdown', () => {
  it('gives back the exported storage byte for byte when nothing was edited', () => {
    const result = rebuildStorageFromMarkdown(page, exported, testConverters);
    expect(result.changed).toBe(false);
    expect(result.storage).toBe(page);
    expect(result.replacedBlocks).toBe(0);
  });

  it('ignores front matter and trailing spaces', () => {
    const withFrontMatter = `---\nid: "123"\ntitle: Minutes\n---\n${exported.replace(/\n\n/g, '   \n\n')}\n`;
    expect(rebuildStorageFromMarkdown(page, withFrontMatter, testConverters).storage).toBe(page);
  });

  it('re-converts only the edited paragraph, keeping every other block byte for byte', () => {
    const edited = exported.replace('Meeting ID: 938 5333 7073', 'Meeting ID: 938 5333 7074');
    const result = rebuildStorageFromMarkdown(page, edited, testConverters);
    expect(result.changed).toBe(true);
    expect(result.replacedBlocks).toBe(1);
    expect(result.convertedFragments).toBe(1);
    expect(result.storage).toBe(page.replace('<p style="text-align: left">Meeting ID: 938 5333 7073</p>', '<p>Meeting ID: 938 5333 7074</p>'));
  });

  it('patches only the edited cell of a table whose shape did not change, keeping its markup', () => {
    const edited = exported.replace('| Andy Wafaa | Arm |', '| Andy Wafaa | Arm Ltd |');
    const result = rebuildStorageFromMarkdown(page, edited, testConverters);
    expect(result.replacedBlocks).toBe(1);
    expect(result.storage).toBe(page.replace('<td>Arm</td>', '<td>Arm Ltd</td>'));
  });

  it('wraps a patched cell in a paragraph when the original cell had one', () => {
    const edited = exported.replace('| Leonardo Garcia | Linaro |', '| Leonardo García | Linaro |');
    const result = rebuildStorageFromMarkdown(page, edited, testConverters);
    expect(result.storage).toBe(page.replace('<td><p>Leonardo Garcia</p></td>', '<td><p>Leonardo García</p></td>'));
  });

  it('adds a row the user added to the table in place, keeping its markup and every other row byte for byte', () => {
    const edited = exported.replace('| Andy Wafaa | Arm |', '| Andy Wafaa | Arm |\n| Grant Likely | Arm |');
    const result = rebuildStorageFromMarkdown(page, edited, testConverters);
    expect(result.replacedBlocks).toBe(1);
    expect(result.storage).toBe(page.replace('<tr><td>Andy Wafaa</td><td>Arm</td></tr>', '<tr><td>Andy Wafaa</td><td>Arm</td></tr><tr><td>Grant Likely</td><td>Arm</td></tr>'));
    // Exported again, the page reads as the user wrote it.
    expect(testConverters.storageToMarkdown(result.storage)).toBe(edited);
  });

  it('removes a row the user deleted, and nothing else', () => {
    const edited = exported.replace('| Leonardo Garcia | Linaro |\n', '');
    const result = rebuildStorageFromMarkdown(page, edited, testConverters);
    expect(result.storage).toBe(page.replace('<tr ac:local-id="r1"><td><p>Leonardo Garcia</p></td><td>Linaro</td></tr>', ''));
    expect(testConverters.storageToMarkdown(result.storage)).toBe(edited);
  });

  it('replaces a table whose columns changed, and nothing around it', () => {
    const edited = exported
      .replace('| Name | Org |', '| Name | Org | Role |')
      .replace(/\| --- \| --- \|/, '| --- | --- | --- |')
      .replace('| Leonardo Garcia | Linaro |', '| Leonardo Garcia | Linaro | Chair |')
      .replace('| Andy Wafaa | Arm |', '| Andy Wafaa | Arm | |');
    const result = rebuildStorageFromMarkdown(page, edited, testConverters);
    expect(result.replacedBlocks).toBe(1);
    expect(result.storage).not.toContain('relative-table');
    expect(result.storage).toContain('Chair');
    for (const kept of [toc, drawio, '<h2 ac:local-id="h1">Attendance</h2>', '<p style="text-align: left">Meeting ID: 938 5333 7073</p>']) {
      expect(result.storage).toContain(kept);
    }
  });

  it('inserts a new paragraph where it was written and deletes a removed one', () => {
    const edited = exported
      .replace('## Attendance', '## Attendance\n\nApologies: Grant Likely')
      .replace(/\n\nNext meeting:.*$/, '');
    const result = rebuildStorageFromMarkdown(page, edited, testConverters);
    expect(result.storage).toBe(
      [toc, '<h2 ac:local-id="h1">Attendance</h2>', '<p>Apologies: Grant Likely</p>', table, '<p style="text-align: left">Meeting ID: 938 5333 7073</p>', drawio].join('\n'),
    );
  });

  it('keeps an opaque macro the user moved as its original bytes', () => {
    const paragraphs = exported.split('\n\n');
    const drawioMd = paragraphs[4]!;
    const moved = [paragraphs[0], paragraphs[1], drawioMd, paragraphs[2], paragraphs[3], paragraphs[5]].join('\n\n');
    const result = rebuildStorageFromMarkdown(page, moved, testConverters);
    expect(result.storage.indexOf(drawio)).toBeGreaterThan(0);
    expect(result.storage.indexOf(drawio)).toBeLessThan(result.storage.indexOf('relative-table'));
  });

  it('does not turn page chrome (a title the writer adds) into content', () => {
    const withTitle: BlockConverters = {
      ...testConverters,
      storageToMarkdown: (s) => (s === page ? `# Steering committee 2024-01-25\n\n${testConverters.storageToMarkdown(s)}` : testConverters.storageToMarkdown(s)),
    };
    const file = withTitle.storageToMarkdown(page).replace('Next meeting:', 'Next meeting (moved):');
    const result = rebuildStorageFromMarkdown(page, file, withTitle);
    expect(result.storage).not.toContain('Steering committee');
    expect(result.replacedBlocks).toBe(1);
  });
});

describe('rebuildStorageFromMarkdown inside a layout', () => {
  const layout =
    '<ac:layout><ac:layout-section ac:type="two_equal" ac:breakout-mode="default">' +
    '<ac:layout-cell><p>Left one</p><p class="x">Left two</p></ac:layout-cell>' +
    '<ac:layout-cell><p>Right one</p>' + drawio + '</ac:layout-cell>' +
    '</ac:layout-section></ac:layout>';
  const layoutPage = `<h1>Plan</h1>\n${layout}\n<p>After</p>`;
  const md = testConverters.storageToMarkdown(layoutPage);

  it('keeps the layout and edits the paragraph inside its own cell', () => {
    const result = rebuildStorageFromMarkdown(layoutPage, md.replace('Right one', 'Right one, edited'), testConverters);
    expect(result.storage).toBe(layoutPage.replace('<p>Right one</p>', '<p>Right one, edited</p>'));
  });

  it('keeps an edit at the end of the left column in the left column', () => {
    const result = rebuildStorageFromMarkdown(layoutPage, md.replace('Left two', 'Left two!'), testConverters);
    expect(result.storage).toBe(layoutPage.replace('<p class="x">Left two</p>', '<p>Left two!</p>'));
  });
});

describe('rebuildStorageFromMarkdown beside two lists in a row', () => {
  // The Markdown parts a bullet list and the task list after it with an empty comment line.
  const lists = [
    '<h2>Notes</h2>',
    '<p>Opening words.</p>',
    '<ul><li>Plan agreed</li></ul>',
    '<ac:task-list><ac:task><ac:task-id>1</ac:task-id><ac:task-status>incomplete</ac:task-status><ac:task-body>Send the plan</ac:task-body></ac:task></ac:task-list>',
    '<p>Closing words.</p>',
  ].join('\n');

  it('an edit elsewhere keeps every other block and the line breaks between them byte for byte', () => {
    const converters = hubBlockConverters();
    const exported = converters.storageToMarkdown(lists);
    expect(exported).toContain('- Plan agreed\n\n<!-- -->\n\n- [ ] Send the plan');
    for (const [from, to] of [['Opening words.', 'Opening words, edited.'], ['Closing words.', 'Closing words, edited.']] as const) {
      const result = rebuildStorageFromMarkdown(lists, exported.replace(from, to), converters);
      expect(result.storage).toBe(lists.replace(from, to));
    }
  });

  it('the lists edited themselves stay two lists', () => {
    const converters = hubBlockConverters();
    const exported = converters.storageToMarkdown(lists);
    const result = rebuildStorageFromMarkdown(lists, exported.replace('Plan agreed', 'Plan agreed twice').replace('Send the plan', 'Send the plans'), converters);
    expect(result.storage).toBe(lists.replace('Plan agreed', 'Plan agreed twice').replace('Send the plan', 'Send the plans'));
  });
});

describe('rebuildStorageFromMarkdown when the user empties a block', () => {
  // An aligned paragraph is written inside a <div align>; taking its text out leaves the wrapper empty.
  const aligned = ['<h2>Trip</h2>', '<p style="text-align: center;"><strong>Porto, 3 to 5 June</strong></p>', '<p>Pack light.</p>', '<p>See you there.</p>'].join('\n');

  it('writes no block for it, and no line break of its own: the blocks after it keep their bytes', () => {
    const converters = hubBlockConverters();
    const exported = converters.storageToMarkdown(aligned);
    expect(exported).toContain('<div align="center">\n\n**Porto, 3 to 5 June**\n\n</div>');
    const emptied = exported.replace('**Porto, 3 to 5 June**\n\n', '');
    const result = rebuildStorageFromMarkdown(aligned, emptied, converters);
    expect(result.storage).toBe(['<h2>Trip</h2>', '<p>Pack light.</p>', '<p>See you there.</p>'].join('\n'));
  });
});
