/** 公开属性, 有效性 and the workflow states of a document (GLOSSARY.md: disclosure, validity). */
export const DISCLOSURES = ['proactive', 'on_request', 'withheld'] as const;
export type Disclosure = (typeof DISCLOSURES)[number];
export const DISCLOSURE_LABELS: Record<Disclosure, string> = {
  proactive: '主动公开',
  on_request: '依申请公开',
  withheld: '不予公开',
};

export const VALIDITIES = ['effective', 'amended', 'expired', 'repealed'] as const;
export type Validity = (typeof VALIDITIES)[number];
export const VALIDITY_LABELS: Record<Validity, string> = {
  effective: '有效',
  amended: '已修改',
  expired: '失效',
  repealed: '已废止',
};

/** The document as a whole: never published yet, public (if proactive), or withdrawn. */
export type DocumentStatus = 'draft' | 'published' | 'withdrawn';

/** One revision's path: draft → submitted → approved → (scheduled →) published; rejected goes back to editing. */
export const REVISION_STATES = [
  'draft',
  'submitted',
  'rejected',
  'approved',
  'scheduled',
  'published',
  'superseded',
] as const;
export type RevisionState = (typeof REVISION_STATES)[number];
export const REVISION_STATE_LABELS: Record<RevisionState, string> = {
  draft: '草稿',
  submitted: '待审核',
  rejected: '已退回',
  approved: '已审核',
  scheduled: '定时发布',
  published: '已发布',
  superseded: '历史版本',
};

/**
 * 规章 and 行政规范性文件, counted in section 二 of the annual report (legal.md §2). Not yet in the
 * shared glossary; the code names are `rule` and `normative`.
 */
export const DOCUMENT_KINDS = ['rule', 'normative'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
export const DOCUMENT_KIND_LABELS: Record<DocumentKind, string> = { rule: '规章', normative: '行政规范性文件' };

/** What an editor writes; each revision keeps its own copy. */
export interface DocumentContent {
  title: string;
  docNo: string;
  writtenOn: string | null;
  subject: string;
  keywords: string[];
  disclosure: Disclosure;
  validity: Validity;
  replacedById: string | null;
  /** 政策解读: the policy document this one explains. */
  interpretsId: string | null;
  /** 规章 or 行政规范性文件, or neither. */
  documentKind: DocumentKind | null;
  summary: string;
  bodyHtml: string;
  source: string;
  columnIds: string[];
}
