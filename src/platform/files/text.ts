import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { toPlainText } from '../http/input.js';
import { htmlToLayoutText } from '../text/html.js';
import { runInWorker, WorkerLimitError, type WorkerLimits } from '../workers/workers.js';
import { unpacksWithin } from './zip.js';

/**
 * The text of an attachment, for the checks before publication: Word (DOCX, by mammoth), Excel
 * (XLSX, by exceljs) and PDF with a text layer (by PDF.js, its Node build). Tables keep their
 * layout — a row per line, cells separated by tabs — so a name in a 姓名 column is read as one.
 * Anything else — images, scanned PDFs, old binary Office files — gives '' and is left to the
 * reviewer's eyes.
 *
 * Reading runs in a worker thread with a time and memory limit (`platform/workers`), and keeps at
 * most `MAX_TEXT_CHARS`: a zip bomb (200 KB of DOCX holding 200 million characters) or a PDF built
 * to be slow costs its own upload, never the other requests.
 */
/** The types whose text is taken (anything else has none to take). */
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const TEXT_TYPES = [DOCX, XLSX, 'application/pdf'];

/** About 4,000 pages: more than any attachment a government publishes, and checked in well under a second. */
export const MAX_TEXT_CHARS = 2_000_000;

const LIMITS: WorkerLimits = { timeoutMs: 30_000, memoryMb: 512 };
/** What a Word or Excel file may unpack to: its text, styles and pictures together. */
const MAX_UNPACKED_BYTES = 200 * 1024 * 1024;

/**
 * The text of a file: '' when it has none (a scan, a damaged file), null when it could not be read
 * within the limits (too long, too slow, too big in memory) — which a person has to look into.
 */
export async function extractText(bytes: Buffer, mime: string, limits = LIMITS): Promise<string | null> {
  if (!TEXT_TYPES.includes(mime)) return '';
  try {
    return await runInWorker<string | null>(new URL(import.meta.url), 'readText', [bytes, mime], limits);
  } catch (error) {
    if (error instanceof WorkerLimitError) return null;
    throw error;
  }
}

/** Runs in the worker (see `extractText`). */
export async function readText(bytes: Uint8Array, mime: string): Promise<string | null> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // Word and Excel files are ZIP archives: one that would unpack beyond the limit is not opened.
  if ((mime === DOCX || mime === XLSX) && !unpacksWithin(buffer, MAX_UNPACKED_BYTES)) return null;
  let text = '';
  try {
    if (mime === DOCX) text = htmlToLayoutText((await mammoth.convertToHtml({ buffer })).value);
    else if (mime === XLSX) text = await spreadsheetText(buffer);
    else if (mime === 'application/pdf') text = await pdfText(buffer);
  } catch (error) {
    // Text too long for a string is a file to refuse; a damaged or encrypted one has no text to
    // check, and the reviewer sees the file itself.
    return error instanceof RangeError ? null : '';
  }
  // What a word processor leaves in a file (NUL, control characters) is dropped, not stored.
  return text.length > MAX_TEXT_CHARS ? null : toPlainText(text);
}

/** Every sheet, a row per line, its cells' displayed text separated by tabs. */
async function spreadsheetText(bytes: Buffer): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const lines: string[] = [];
  workbook.eachSheet((sheet) => {
    sheet.eachRow((row) => {
      const cells: string[] = [];
      row.eachCell({ includeEmpty: true }, (cell) => cells.push(cell.text.replace(/\s+/g, ' ').trim()));
      if (cells.some(Boolean)) lines.push(cells.join('\t'));
    });
  });
  return lines.join('\n');
}

async function pdfText(bytes: Buffer): Promise<string> {
  // Loaded only when a PDF comes: PDF.js is large.
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdf = await getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  }).promise;
  const pages: string[] = [];
  let length = 0;
  for (let n = 1; n <= pdf.numPages && length <= MAX_TEXT_CHARS; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    const page = content.items.map((item) => ('str' in item ? item.str : '')).join('');
    pages.push(page);
    length += page.length + 1;
  }
  await pdf.destroy();
  return pages.join('\n');
}
