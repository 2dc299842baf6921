import type { Executor } from '../../db/database.js';
import { chinaDate } from '../../platform/clock/clock.js';
import * as repo from './documents.repository.js';

/** Counts other modules read from the documents: the annual report, the assessment, the inspection. */
export function documentFigures(db: Executor) {
  return {
    /** When each column last had a public document (the inspection's stale-column count). */
    lastPublishedByColumn(siteId: string): Promise<Map<string, string>> {
      return repo.lastPublishedByColumn(db, siteId);
    },

    /** Documents published in the year, and interpretations among them (annual report 一). */
    publishedInYear(siteId: string, year: number, departmentId: string | null, trx: Executor = db) {
      return repo.publishedInYear(trx, siteId, year, departmentId);
    },

    /**
     * Section 二 of the annual report for 规章 and 行政规范性文件: issued in the year (by 成文日期, else
     * 发布日期), repealed or expired in the year (when that revision was published), in force at its end.
     */
    async kindStatistics(siteId: string, year: number, departmentId: string | null, trx: Executor = db) {
      const end = `${year}-12-31`;
      const stats = { rule: { issued: 0, repealed: 0, inForce: 0 }, normative: { issued: 0, repealed: 0, inForce: 0 } };
      // The first published revision that made it repealed or expired dates the repeal.
      const [endings, documents] = await Promise.all([
        repo.kindDocumentEndings(trx, siteId, departmentId),
        repo.kindDocuments(trx, siteId, departmentId),
      ]);
      for (const doc of documents) {
        const kind = doc.kind;
        const issuedOn = doc.writtenOn ?? (doc.publishedAt ? chinaDate(new Date(doc.publishedAt)) : end);
        if (issuedOn > end) continue;
        if (issuedOn.startsWith(String(year))) stats[kind].issued++;
        const ended = endings.get(doc.id);
        if (ended?.startsWith(String(year))) stats[kind].repealed++;
        if (!ended || ended > end) stats[kind].inForce++;
      }
      return stats;
    },

    /**
     * Per department: the 规章 and 规范性文件 it published in the year, and how many of them have a
     * published interpretation (政策解读) — one of the measures of the work-plan assessment.
     */
    async interpretedPolicies(
      siteId: string,
      year: number,
    ): Promise<Map<string, { policies: number; interpreted: number }>> {
      const out = new Map<string, { policies: number; interpreted: number }>();
      for (const doc of await repo.policiesOfYear(db, siteId, year)) {
        const counts = out.get(doc.departmentId) ?? { policies: 0, interpreted: 0 };
        counts.policies++;
        if (doc.interpreted) counts.interpreted++;
        out.set(doc.departmentId, counts);
      }
      return out;
    },
  };
}
