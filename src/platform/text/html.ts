import { Parser } from 'htmlparser2';
import sanitizeHtml from 'sanitize-html';

/**
 * The whitelist for document bodies: structure, emphasis, lists, tables, links and images.
 * No scripts, styles, event handlers, frames or forms survive, whatever an editor pastes.
 */
const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    'h2',
    'h3',
    'h4',
    'h5',
    'strong',
    'b',
    'em',
    'i',
    'u',
    'sub',
    'sup',
    'ul',
    'ol',
    'li',
    'blockquote',
    'table',
    'caption',
    'thead',
    'tbody',
    'tfoot',
    'tr',
    'th',
    'td',
    'a',
    'img',
    'hr',
    'div',
    'span',
  ],
  allowedAttributes: {
    a: ['href', 'title'],
    img: ['src', 'alt', 'width', 'height'],
    th: ['colspan', 'rowspan', 'scope'],
    td: ['colspan', 'rowspan'],
  },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['http', 'https'] },
  allowProtocolRelative: false,
  // h1 is the page's own title; a body heading one level down keeps headings in order.
  transformTags: { h1: 'h2' },
};

/** A body longer than this, once cleaned (entities spelled out), is not a document's. */
export const MAX_BODY_LENGTH = 500_000;
const MAX_ELEMENTS = 20_000;
const MAX_DEPTH = 64;

/**
 * Why a body is refused before it is cleaned, if it is: cleaning takes time that grows faster than
 * the input for deeply nested or very many elements, so those are counted first, in one linear pass.
 */
export function bodyProblem(html: string): string | undefined {
  let elements = 0;
  let depth = 0;
  let deepest = 0;
  const parser = new Parser({
    onopentag() {
      elements++;
      deepest = Math.max(deepest, ++depth);
    },
    onclosetag() {
      depth = Math.max(0, depth - 1);
    },
  });
  parser.write(html);
  parser.end();
  if (deepest > MAX_DEPTH) return `正文的标签嵌套过深（超过 ${MAX_DEPTH} 层），请简化格式后重新提交`;
  if (elements > MAX_ELEMENTS) return `正文的格式标签过多（超过 ${MAX_ELEMENTS} 个），请简化格式后重新提交`;
  return undefined;
}

export function sanitizeBody(html: string): string {
  return sanitizeHtml(html, OPTIONS).trim();
}

/**
 * A cleaned body's tables, each in a region of its own that scrolls sideways, so on a phone a wide
 * table moves and the page does not. (Cleaning leaves `<table>` without attributes, and text has
 * its `<` escaped, so the tags are matched exactly.)
 */
export function scrollableTables(html: string): string {
  let n = 0;
  return html
    .replace(
      /<table>/g,
      () => `<div class="table-scroll" tabindex="0" role="region" aria-label="正文表格${++n}"><table>`,
    )
    .replace(/<\/table>/g, '</table></div>');
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/** Plain text (from an import or a paste) as paragraphs, escaped. */
export function textToHtml(text: string): string {
  return text
    .split(/\r?\n\s*\r?\n|\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => `<p>${escapeHtml(line)}</p>`)
    .join('\n');
}

/** Text content of HTML as plain (unescaped) text, e.g. for a summary or a search index. */
export function htmlToText(html: string): string {
  // sanitize-html decodes entities and escapes the text again; plain text wants it unescaped.
  return sanitizeHtml(html, { allowedTags: [], allowedAttributes: {} })
    .replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => DECODED[name] ?? '')
    .replace(/\s+/g, ' ')
    .trim();
}

const BLOCK = new Set([
  'p',
  'div',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'tr',
  'br',
  'blockquote',
  'table',
  'caption',
  'ul',
  'ol',
  'hr',
  'section',
]);

/**
 * Text content of HTML with its layout kept, for the checks before publication: one line per
 * paragraph or list item, and a table as one line per row with its cells separated by tabs — so
 * that a name in a 姓名 column is read as a table cell, not run into its neighbours.
 */
export function htmlToLayoutText(html: string): string {
  let out = '';
  let cellInRow = 0;
  // Inside a cell, paragraphs (Word puts one in every cell) are only spaces.
  let inCell = 0;
  const parser = new Parser(
    {
      onopentag(name) {
        if (name === 'td' || name === 'th') {
          if (cellInRow++ > 0) out += '\t';
          inCell++;
        } else if (BLOCK.has(name)) out += inCell && name !== 'tr' && name !== 'table' ? ' ' : '\n';
        if (name === 'tr') cellInRow = 0;
      },
      onclosetag(name) {
        if ((name === 'td' || name === 'th') && inCell > 0) inCell--;
      },
      ontext(text) {
        out += text.replace(/[ \t\r\n\u00a0]+/g, ' ');
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return out
    .split('\n')
    .map((line) => line.replace(/ *\t */g, '\t').trim())
    .filter((line) => line.replace(/\t/g, '') !== '')
    .join('\n');
}

const DECODED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };
