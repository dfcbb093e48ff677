import type { AnyNode, Element } from 'domhandler';
import { isElement } from '../hub/hub-walk.js';
import { namesSomeone } from './person-cell.js';
import { lazyRegExp } from './lazy-pattern.js';

/** One line of a block as a reader sees it: a paragraph's `<br>`-parted lines, a list item's own text. */
export interface Line {
  text: string;
  /** The mentions (and person chips, person-cell.ts namesSomeone) on the line, in order. */
  mentions: Element[];
  /** Every letter of the line is struck through (a closed item). */
  struck: boolean;
}

const BLOCKS = new Set(['p', 'div', 'li', 'ul', 'ol', 'table', 'tr', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'details', 'summary', 'section']);
const STRUCK = new Set(['s', 'del', 'strike']);
const LETTER = lazyRegExp(() => /[\p{L}\p{N}]/u);

/**
 * "<s>Order the batteries</s> – Ana", "<s>Renew the domain</s> (Bruno)": the letters left unstruck only
 * name who owns the struck task (one to three capitalised words, in brackets or after a dash), so the line
 * is struck as a whole; "We <s>won't</s> ship", "We <s>won't</s> Ship" are not.
 */
function onlyNamesSomeone(plain: string, mentioned: boolean): boolean {
  // The owner stands apart from the task: in brackets, after a dash or colon, or as a mention.
  if (plain.length > 80 || !(mentioned || /[-–—:(@]/.test(plain))) return false;
  const words = plain.replace(/[-–—:()[\],;@.]+/g, ' ').trim().split(/\s+/).filter((w) => w !== '');
  return words.length >= 1 && words.length <= 3 && words.every((w) => /^\p{Lu}[\p{L}'’-]*$/u.test(w));
}

/**
 * The lines of these nodes; lists and tables are left out when `ownOnly` (a list item's own lines).
 * With `softBreaks`, a line break inside the text (a soft break of Markdown, a new line of the
 * source) stays in the line's text as "\n"; otherwise it is a space.
 */
export function linesOf(nodes: readonly AnyNode[], ownOnly = false, softBreaks = false): Line[] {
  const lines: Line[] = [];
  let text = '';
  // Whether the line has a letter or digit outside struck text, and inside: every letter is struck when it has none outside and some inside.
  let plainLetter = false;
  let struckLetter = false;
  let plain = '';
  let mentions: Element[] = [];
  const end = (): void => {
    const clean = softBreaks
      ? text.replace(/[^\S\n]+/g, ' ').replace(/ *\n[\s\u00A0]*/g, '\n').trim()
      : text.replace(/[\s\u00A0]+/g, ' ').trim();
    if (clean !== '') lines.push({ text: clean, mentions, struck: struckLetter && (!plainLetter || onlyNamesSomeone(plain, mentions.length > 0)) });
    text = '';
    plain = '';
    mentions = [];
    plainLetter = false;
    struckLetter = false;
  };
  const walk = (list: readonly AnyNode[], struck: boolean): void => {
    for (const node of list) {
      if (node.type === 'text') {
        const data = fullWidthColons((node as { data: string }).data);
        text += data;
        // Only whether there is one is needed, so the test stops at the first (once found, it is not looked for again).
        if (struck) struckLetter ||= LETTER.test(data);
        else {
          plainLetter ||= LETTER.test(data);
          // What is left unstruck is read only when something is struck, and only a short text is read: kept up to a bound.
          if (plain.length <= 80) plain += data;
        }
      } else if (isElement(node)) {
        if (node.name === 'br') end();
        else if (ownOnly && (node.name === 'ul' || node.name === 'ol' || node.name === 'table')) continue;
        else if (namesSomeone(node)) {
          mentions.push(node);
          walk(node.children, struck);
        } else if (BLOCKS.has(node.name)) {
          end();
          walk(node.children, struck);
          end();
        } else walk(node.children, struck || STRUCK.has(node.name));
      }
    }
  };
  walk(nodes, false);
  end();
  return lines;
}

/** "日時：2025年…": a full-width colon, as CJK text writes a label's, read as a colon and a space. */
export function fullWidthColons(text: string): string {
  // A line break after the colon stays: "決定事項：" over lines of its own is a label over its entries.
  return text.includes('：') ? text.replace(/[^\S\n]*：[^\S\n]*/g, ': ') : text;
}

/**
 * "Present: Ana Roe, Bo Li,<br>Cy Dee": a line that ends with a comma or a semicolon is not done; the
 * next line continues it, unless that line opens with a label of its own ("Apologies: …").
 */
export function commaContinuedLines(lines: readonly Line[]): Line[] {
  const out: Line[] = [];
  for (const line of lines) {
    const last = out[out.length - 1];
    if (last !== undefined && /[,;]\s*$/.test(last.text) && !/^[^:]{1,40}:/.test(line.text)) {
      out[out.length - 1] = { text: `${last.text} ${line.text}`, mentions: [...last.mentions, ...line.mentions], struck: last.struck && line.struck };
    } else out.push(line);
  }
  return out;
}

/** A line with the section it belongs to: a label line ("Regrets:", a bold "Actions") starts a section for the lines under it. */
export interface SectionedLine<K extends string> {
  line: Line;
  section: K;
  group: string | null;
  /** The line had its label cut off ("Present: A, B" gives "A, B"). */
  labelled: boolean;
  /** The line as written, label and all. */
  original: Line;
  /** The line stands under a line that is only a label ("Present", then the people on the next line). */
  underLabel: boolean;
}

/**
 * The lines of a paragraph, each with its section: a line "Label: rest" is the rest under the
 * label's section; a line that is only a label puts the lines after it under its section.
 */
export function sectionedLines<K extends string>(lines: Line[], section: K, group: string | null, classify: (label: string) => K, other: K): SectionedLine<K>[] {
  const out: SectionedLine<K>[] = [];
  let current = section;
  let currentGroup = group;
  let underLabel = false;
  for (const line of lines) {
    const m = /^([^:]{2,50}?)\s*:\s*(.*)$/s.exec(line.text);
    // A line without a colon is a label only when it is as short as one ("Actions", "Board members attending").
    // A comma is no part of a label: "Ana Roe, Member" is an entry under the label before it.
    // A full stop ends a sentence, not a label: "Minutes approved." states an outcome under the label's word.
    const label = m !== null ? m[1]!.trim() : line.text.split(/\s+/).length <= 4 && !line.text.includes(',') && !/[.!]\s*$/.test(line.text) ? line.text : null;
    const kind = label !== null ? classify(label) : other;
    if (kind !== other && label !== null) {
      const rest = m !== null ? m[2]!.trim() : '';
      if (rest === '' && (m !== null || line.text === label)) {
        current = kind;
        currentGroup = label;
        underLabel = true;
        continue;
      }
      if (m !== null) {
        out.push({ line: { ...line, text: rest }, section: kind, group: label, labelled: true, original: line, underLabel: false });
        current = section;
        currentGroup = group;
        underLabel = false;
        continue;
      }
    }
    out.push({ line, section: current, group: currentGroup, labelled: false, original: line, underLabel });
  }
  return out;
}

/**
 * The part of a line from a marker that follows the end of a sentence or a dash ("… all checked
 * except one. Action: Sam to …", "Budget – Agreed: keep it"): null when no such part is marked.
 */
export function markedTail(text: string, isMarked: (rest: string) => boolean): string | null {
  for (const m of text.matchAll(/(?:[.!?;)]|\s[–—-])\s+(?=\S)/g)) {
    const rest = text.slice(m.index + m[0].length);
    if (isMarked(rest)) return rest;
  }
  return null;
}
