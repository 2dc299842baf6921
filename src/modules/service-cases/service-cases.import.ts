import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Actor } from '../../platform/auth/actor.js';
import { AppError } from '../../platform/http/errors.js';
import { isValidDate } from '../../platform/workdays/dates.js';
import type { ServiceItemsService } from '../service-items/service-items.service.js';
import { CASE_RESULTS, type CaseResult } from './service-cases.model.js';
import type { ServiceCasesService } from './service-cases.service.js';

/**
 * Cases from the hall's own system, as XLSX or CSV with a header row (docs/guides/service-cases.md):
 * 办件编号, 实施编码, 申请人, 联系电话, 受理日期, 办结日期, 办理结果. Each row is reported; a case already
 * here is left as it is, except that a finish the file now shows is recorded, so importing the
 * month's export every day adds only what is new.
 */
const COLUMNS = {
  caseNo: '办件编号',
  itemCode: '实施编码',
  name: '申请人',
  phone: '联系电话',
  receivedOn: '受理日期',
  finishedOn: '办结日期',
  result: '办理结果',
} as const;
type Column = keyof typeof COLUMNS;

export interface CaseImportResult {
  row: number;
  caseNo: string | null;
  status: 'created' | 'finished' | 'unchanged' | 'failed';
  reasons: string[];
}

/** A cell as text: plain values, rich text and formula results alike. */
function textOf(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const v = value as { text?: unknown; result?: unknown };
    return textOf(v.text ?? v.result ?? '');
  }
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? String(value).trim()
    : '';
}

/** A date as the hall's systems write it (2026-03-02, 2026/3/2, 2026.3.2, 2026年3月2日, a date cell). */
function dateOf(value: unknown): string | null | undefined {
  const text = textOf(value);
  if (!text) return null;
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[\sT].*)?$/.exec(text);
  if (!m) return undefined;
  const date = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  return isValidDate(date) ? date : undefined;
}

async function sheetOf(bytes: Buffer, fileName: string): Promise<ExcelJS.Worksheet | undefined> {
  const book = new ExcelJS.Workbook();
  if (/\.csv$/i.test(fileName)) {
    // Hall systems export CSV in UTF-8, often with a byte-order mark.
    return book.csv.read(Readable.from([bytes.toString('utf8').replace(/^\uFEFF/, '')]));
  }
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  return book.worksheets[0];
}

export function createServiceCaseImporter(deps: {
  serviceCases: ServiceCasesService;
  serviceItems: ServiceItemsService;
}) {
  const { serviceCases, serviceItems } = deps;
  return {
    async importFile(actor: Actor, siteId: string, bytes: Buffer, fileName: string): Promise<CaseImportResult[]> {
      let sheet: ExcelJS.Worksheet | undefined;
      try {
        sheet = await sheetOf(bytes, fileName);
      } catch {
        return [
          { row: 0, caseNo: null, status: 'failed', reasons: ['文件无法读取：请上传 XLSX 或 UTF-8 编码的 CSV 文件'] },
        ];
      }
      const rows: unknown[][] = [];
      sheet?.eachRow({ includeEmpty: true }, (row, r) => {
        rows[r] = (row.values as unknown[]).slice(1);
      });
      const header = (rows[1] ?? []).map(textOf);
      const index = {} as Record<Column, number>;
      const missing: string[] = [];
      for (const [key, label] of Object.entries(COLUMNS) as [Column, string][]) {
        index[key] = header.indexOf(label);
        if (index[key] < 0 && key !== 'finishedOn' && key !== 'result') missing.push(label);
      }
      if (missing.length)
        return [{ row: 1, caseNo: null, status: 'failed', reasons: [`第一行缺少列：${missing.join('、')}`] }];

      const results: CaseImportResult[] = [];
      for (let r = 2; r < rows.length; r++) {
        const cells = rows[r];
        if (!cells || cells.every((v) => textOf(v) === '')) continue;
        const get = (k: Column) => (index[k] >= 0 ? cells[index[k]] : undefined);
        const caseNo = textOf(get('caseNo')).slice(0, 40) || null;
        const reasons: string[] = [];
        if (!caseNo) reasons.push('缺少办件编号');
        const item = await serviceItems.publishedItem(siteId, { code: textOf(get('itemCode')) });
        if (!item) reasons.push(`实施编码“${textOf(get('itemCode'))}”不是本站点已公开的事项`);
        const name = textOf(get('name')).slice(0, 100);
        if (!name) reasons.push('缺少申请人');
        const receivedOn = dateOf(get('receivedOn'));
        if (!receivedOn) reasons.push('受理日期无法识别');
        const finishedOn = dateOf(get('finishedOn'));
        if (finishedOn === undefined) reasons.push('办结日期无法识别');
        const resultText = textOf(get('result'));
        const result = (Object.keys(CASE_RESULTS) as CaseResult[]).find(
          (k) => k === resultText || CASE_RESULTS[k] === resultText,
        );
        if (finishedOn && !result) reasons.push('已办结的须写明办理结果（准予办理或不予办理）');
        if (reasons.length || !item || !receivedOn || finishedOn === undefined) {
          results.push({ row: r, caseNo, status: 'failed', reasons });
          continue;
        }
        try {
          const status = await serviceCases.importOne(actor, siteId, {
            itemId: item.id,
            caseNo: caseNo!,
            applicant: { name, phone: textOf(get('phone')).slice(0, 40) },
            receivedOn,
            finishedOn,
            result: result ?? null,
          });
          results.push({ row: r, caseNo, status, reasons: [] });
        } catch (error) {
          if (!(error instanceof AppError) || error.status >= 500) throw error;
          results.push({ row: r, caseNo, status: 'failed', reasons: [error.message] });
        }
      }
      return results;
    },
  };
}

export type ServiceCaseImporter = ReturnType<typeof createServiceCaseImporter>;
