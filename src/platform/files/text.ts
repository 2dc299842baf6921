import mammoth from 'mammoth';

/**
 * The text of an attachment, for the checks before publication: Word (DOCX, by mammoth) and PDF
 * with a text layer (by PDF.js, its Node build). Anything else — images, scanned PDFs, spreadsheets
 * — gives '' and is left to the reviewer's eyes.
 */
/** The types whose text is taken (anything else has none to take). */
export const TEXT_TYPES = [
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/pdf',
];

export async function extractText(bytes: Buffer, mime: string): Promise<string> {
  try {
    if (mime === 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')
      return (await mammoth.extractRawText({ buffer: bytes })).value;
    if (mime === 'application/pdf') return await pdfText(bytes);
  } catch {
    // A damaged or encrypted file has no text to check; the reviewer sees the file itself.
  }
  return '';
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
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(''));
  }
  await pdf.destroy();
  return pages.join('\n');
}
