import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import ExcelJS from 'exceljs';
import { findPersonalInformation } from '../text/pii.js';
import { describe, expect, it } from 'vitest';
import { zipBombDocx } from '../../../test/fixtures/hostile/zip-bomb.js';
import { extractText, MAX_TEXT_CHARS } from './text.js';

/** The smallest PDF with one line of text in a standard font. */
function pdfWithText(line: string): Buffer {
  const content = `BT /F1 12 Tf 72 720 Td (${line}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf +=
    `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n` +
    offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('') +
    `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF`;
  return Buffer.from(pdf, 'latin1');
}

describe('text of attachments', () => {
  it('reads Word documents and PDFs with a text layer', async () => {
    const docx = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('当事人：张三')] }] }));
    expect(
      await extractText(docx, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'),
    ).toContain('当事人：张三');
    expect(await extractText(pdfWithText('Tel 13912345678'), 'application/pdf')).toBe('Tel 13912345678');
  });

  it('keeps the cells of Word and Excel tables apart, so a name in a 姓名 column is found (issue 14 §4)', async () => {
    const row = (cells: string[]) =>
      new TableRow({ children: cells.map((c) => new TableCell({ children: [new Paragraph(c)] })) });
    const docx = await Packer.toBuffer(
      new Document({
        sections: [
          {
            children: [
              new Paragraph('城乡低保发放公示'),
              new Table({ rows: [row(['序号', '姓名', '住址']), row(['1', '陈阿妹', '十全街彩云里8号'])] }),
            ],
          },
        ],
      }),
    );
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('名单');
    sheet.addRow(['序号', '姓名', '住址']);
    sheet.addRow([1, '陈阿妹', '十全街彩云里8号']);
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
    for (const [bytes, mime] of [
      [docx, DOCX],
      [xlsx, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ] as const) {
      const text = (await extractText(bytes, mime)) ?? '';
      expect(text, mime).toContain('序号\t姓名\t住址\n1\t陈阿妹\t十全街彩云里8号');
      expect(findPersonalInformation(text).map((f) => [f.type, f.text])).toEqual([
        ['person_name', '陈阿妹'],
        ['address', '十全街彩云里8号'],
      ]);
    }
  });

  it('gives nothing for images and damaged files', async () => {
    expect(await extractText(Buffer.from('not a pdf'), 'application/pdf')).toBe('');
    expect(await extractText(Buffer.from([0x89, 0x50, 0x4e, 0x47]), 'image/png')).toBe('');
  });

  it('gives up on a zip bomb within its limits, without touching this thread (issue 13 §2)', async () => {
    const bomb = await zipBombDocx();
    expect(bomb.length).toBeLessThan(300_000);
    const started = Date.now();
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 20);
    const text = await extractText(bomb, DOCX, { timeoutMs: 5000, memoryMb: 256 });
    clearInterval(ticker);
    expect(text).toBeNull();
    // The work happened elsewhere: this thread kept running its timers meanwhile.
    expect(ticks).toBeGreaterThan((Date.now() - started) / 20 / 4);
  });

  it('keeps no more than MAX_TEXT_CHARS of one file', async () => {
    const long = await zipBombDocx(Math.ceil(MAX_TEXT_CHARS / 1000) + 5);
    expect(await extractText(long, DOCX)).toBeNull();
    const short = await zipBombDocx(5);
    expect((await extractText(short, DOCX))?.length).toBeGreaterThan(4000);
  });
});

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
