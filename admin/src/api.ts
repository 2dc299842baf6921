/** The back office's only door to the platform: the JSON API, with the session cookie and CSRF token. */
import type { Static } from '@sinclair/typebox';
import type { ApiTokenSchema, GrantSchema, UserSchema } from '../../src/modules/users/users.schema';
import type { DepartmentSchema } from '../../src/modules/departments/departments.schema';
import type { SiteInputSchema, SiteSchema } from '../../src/modules/sites/sites.schema';
import type { SiteIdentityInputSchema, SiteIdentitySchema } from '../../src/modules/sites/site-identity';
import type { ColumnInputSchema, ColumnSchema } from '../../src/modules/columns/columns.schema';
import type {
  DocumentContentSchema,
  DocumentDetailSchema,
  DocumentSchema,
  RevisionSchema,
  RevisionStateSchema,
  AttachmentSchema,
  SyndicationSchema,
} from '../../src/modules/documents/documents.schema';
import type {
  EventInputSchema,
  RegisterRequestSchema,
  RequestDetailSchema,
  RequestSummarySchema,
} from '../../src/modules/requests/requests.schema';
import type {
  MailboxInputSchema,
  MailboxSchema,
  MessageDetailSchema,
  MessageEventInputSchema,
  MessageSummarySchema,
  RegisterMessageSchema,
  StatisticsSchema,
} from '../../src/modules/messages/messages.schema';
import type {
  PublicCommentDetailSchema,
  PublicCommentInputSchema,
  PublicCommentSummarySchema,
} from '../../src/modules/public-comments/public-comments.schema';
import type {
  FeedSchema,
  MediaAccountInputSchema,
  MediaAccountSchema,
  OpinionInputSchema,
  OpinionItemSchema,
} from '../../src/modules/opinions/opinions.schema';
import type {
  InterviewDetailSchema,
  InterviewInputSchema,
  InterviewSummarySchema,
} from '../../src/modules/interviews/interviews.schema';
import type { AnnualReportSchema } from '../../src/modules/annual-report/annual-report.schema';
import type {
  AssistantReplySchema,
  KnowledgeBodySchema,
  KnowledgeEntrySchema,
  QueuedQuestionSchema,
} from '../../src/modules/assistant/assistant.schema';
import type { QueryReportSchema, SynonymGroupSchema } from '../../src/modules/search/search.schema';
import type {
  AliasSchema,
  AssessmentRowSchema,
  PlanSchema,
  PlanSummarySchema,
  PreviewSchema,
  ReportBodySchema,
  ReportForReviewSchema,
  WorkItemSchema,
} from '../../src/modules/work-plans/work-plans.schema';
import type {
  CaseDetailSchema,
  CaseImportResultSchema,
  CaseSummarySchema,
  FollowUpItemSchema,
  RegisteredSchema,
} from '../../src/modules/service-cases/service-cases.schema';
import type {
  CertificateInputSchema,
  CertificateSchema,
} from '../../src/modules/service-items/service-items.certificates';
import type {
  ImportResultSchema,
  ItemDetailSchema,
  ItemSummarySchema,
  SaveItemSchema,
} from '../../src/modules/service-items/service-items.schema';

// Labels and shapes come from the server's own code and route schemas, so the two cannot drift.
export { ROLE_LABELS, type Role } from '../../src/platform/auth/actor';
export {
  DEPARTMENT_KIND_LABELS as KIND_LABELS,
  type DepartmentKind,
} from '../../src/modules/departments/departments.kinds';

export type Grant = Static<typeof GrantSchema>;
export type User = Static<typeof UserSchema>;
export type SiteFields = Static<typeof SiteInputSchema>;
export type Site = Static<typeof SiteSchema>;
export type SiteIdentity = Static<typeof SiteIdentitySchema>;
export type SiteIdentityInput = Static<typeof SiteIdentityInputSchema>;
export type Department = Static<typeof DepartmentSchema>;
export type ApiToken = Static<typeof ApiTokenSchema>;
export type Column = Static<typeof ColumnSchema>;
export type ColumnFields = Static<typeof ColumnInputSchema>;
export type DocumentContent = Static<typeof DocumentContentSchema>;
export type DocumentItem = Static<typeof DocumentSchema> & { latestState: RevisionState };
export type DocumentDetail = Static<typeof DocumentDetailSchema>;
export type Syndication = Static<typeof SyndicationSchema>;
export type Revision = Static<typeof RevisionSchema>;
export type RevisionState = Static<typeof RevisionStateSchema>;
export type Attachment = Static<typeof AttachmentSchema>;
export { COLUMN_KIND_LABELS } from '../../src/modules/columns/columns.standard';
export {
  DISCLOSURE_LABELS,
  DOCUMENT_KIND_LABELS,
  REVISION_STATE_LABELS,
  VALIDITY_LABELS,
} from '../../src/modules/documents/documents.model';

export type { DayInfo } from '../../src/platform/workdays/calendar';
export type RequestSummary = Static<typeof RequestSummarySchema>;
export type RequestDetail = Static<typeof RequestDetailSchema>;
export type RegisterRequest = Static<typeof RegisterRequestSchema>;
export type RequestEventInput = Static<typeof EventInputSchema>;
export type AnnualReport = Static<typeof AnnualReportSchema>;
export type Mailbox = Static<typeof MailboxSchema>;
export type MailboxFields = Static<typeof MailboxInputSchema>;
export type MessageSummary = Static<typeof MessageSummarySchema>;
export type MessageDetail = Static<typeof MessageDetailSchema>;
export type MessageEventInput = Static<typeof MessageEventInputSchema>;
export type RegisterMessage = Static<typeof RegisterMessageSchema>;
export type MessageStatistics = Static<typeof StatisticsSchema>;
export type PublicCommentSummary = Static<typeof PublicCommentSummarySchema>;
export type PublicCommentDetail = Static<typeof PublicCommentDetailSchema>;
export type PublicCommentFields = Static<typeof PublicCommentInputSchema>;
export type OpinionItem = Static<typeof OpinionItemSchema>;
export type OpinionFields = Static<typeof OpinionInputSchema>;
export type OpinionFeed = Static<typeof FeedSchema>;
export type MediaAccount = Static<typeof MediaAccountSchema>;
export type MediaAccountFields = Static<typeof MediaAccountInputSchema>;
export type InterviewSummary = Static<typeof InterviewSummarySchema>;
export type InterviewDetail = Static<typeof InterviewDetailSchema>;
export type InterviewFields = Static<typeof InterviewInputSchema>;
export { INTERVIEW_KIND_LABELS } from '../../src/modules/interviews/interviews.model';
export type ServiceItemSummary = Static<typeof ItemSummarySchema>;
export type ServiceItemDetail = Static<typeof ItemDetailSchema>;
export type ServiceItemFields = Static<typeof SaveItemSchema>;
export type ServiceItemImportResult = Static<typeof ImportResultSchema>;
export type ServiceCaseSummary = Static<typeof CaseSummarySchema>;
export type Certificate = Static<typeof CertificateSchema>;
export type CertificateFields = Static<typeof CertificateInputSchema>;

export type ServiceCaseDetail = Static<typeof CaseDetailSchema>;
export type ServiceCaseRegistered = Static<typeof RegisteredSchema>;
export type ServiceCaseImportResult = Static<typeof CaseImportResultSchema>;
export type FollowUpItem = Static<typeof FollowUpItemSchema>;
export {
  AUDIENCES,
  ITEM_TYPES,
  LIFE_EVENTS,
  MATERIAL_FORMS,
  ONLINE_LEVELS,
  REPLACEMENTS,
} from '../../src/modules/service-items/service-items.model';
export {
  LEVEL_LABELS as OPINION_LEVEL_LABELS,
  MEDIA_PLATFORM_LABELS,
  MEDIA_STATUS_LABELS,
  MILESTONE_LABELS,
} from '../../src/modules/opinions/opinions.model';
export {
  ADOPTION_LABELS,
  COMMENT_STATE_LABELS,
  MAJOR_DECISION_MIN_DAYS,
} from '../../src/modules/public-comments/public-comments.model';
export {
  CHANNEL_LABELS as MESSAGE_CHANNEL_LABELS,
  EVENT_LABELS as MESSAGE_EVENT_LABELS,
  LEGAL_CHANNEL_REPLIES,
  MESSAGE_KIND_LABELS,
  RATING_LABELS,
  SUGGESTED_ANSWER_WORKDAYS,
} from '../../src/modules/messages/messages.model';
export type KnowledgeEntry = Static<typeof KnowledgeEntrySchema>;
export type KnowledgeFields = Static<typeof KnowledgeBodySchema>;
export type AssistantReply = Static<typeof AssistantReplySchema>;
export type QueuedQuestion = Static<typeof QueuedQuestionSchema>;
export type SynonymGroup = Static<typeof SynonymGroupSchema>;
export type QueryReport = Static<typeof QueryReportSchema>;
export type PlanSummary = Static<typeof PlanSummarySchema>;
export type Plan = Static<typeof PlanSchema>;
export type PlanItem = Plan['goals'][number]['tasks'][number]['items'][number];
export type PlanPreview = Static<typeof PreviewSchema>;
export type WorkItem = Static<typeof WorkItemSchema>;
export type ProgressReportFields = Static<typeof ReportBodySchema>;
export type ReportForReview = Static<typeof ReportForReviewSchema>;
export type AssessmentRow = Static<typeof AssessmentRowSchema>;
export type DepartmentAlias = Static<typeof AliasSchema>;
export { ITEM_STATE_LABELS, milestoneText, REMINDER_LABELS } from '../../src/modules/work-plans/work-plans.progress';
export type { Milestone } from '../../src/modules/work-plans/work-plans.repository';
export {
  CASE_STATE_LABELS,
  CHANNELS_INFO,
  DELIVERY_FORM_LABELS,
  DELIVERY_METHOD_LABELS,
  EVENT_LABELS,
  EVENT_TYPES,
  ORGANISATION_KIND_LABELS,
  OUTCOMES,
  REMEDY_RESULT_LABELS,
} from '../../src/modules/requests/requests.model';
export { placedLabels, type LabelCell } from '../../src/modules/annual-report/annual-report.layout';

export interface AuditEntry {
  id: string;
  at: string;
  actorName: string;
  action: string;
  actionLabel: string;
  entityType: string;
  entityLabel: string;
  entityId: string;
  before: unknown;
  after: unknown;
  ip: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: { field?: string; message: string }[] = [],
  ) {
    super(message);
  }
}

let csrfToken = '';

export function setCsrfToken(token: string): void {
  csrfToken = token;
}

/** Uploads one file as multipart/form-data (field `file`), with text fields sent before it. */
export async function upload<T>(
  path: string,
  file: File,
  fields: Record<string, string> = {},
  method: 'POST' | 'PUT' = 'POST',
): Promise<T> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  form.append('file', file);
  const res = await fetch(`/api/v1${path}`, {
    method,
    headers: { 'x-csrf-token': csrfToken },
    credentials: 'same-origin',
    body: form,
  });
  const data = (await res.json().catch(() => ({}))) as { error?: { code: string; message: string } };
  if (!res.ok)
    throw new ApiError(res.status, data.error?.code ?? 'UNKNOWN', data.error?.message ?? `上传失败（${res.status}）`);
  return data as T;
}

export async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = {};
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET') headers['x-csrf-token'] = csrfToken;
  const res = await fetch(`/api/v1${path}`, {
    method,
    headers,
    credentials: 'same-origin',
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const data = (await res.json().catch(() => ({}))) as {
    error?: { code: string; message: string; details?: { field?: string; message: string }[] };
  };
  if (!res.ok) {
    const e = data.error;
    throw new ApiError(res.status, e?.code ?? 'UNKNOWN', e?.message ?? `请求失败（${res.status}）`, e?.details);
  }
  return data as T;
}

/** A Chinese message for any failure, with the field-level reasons the server gave. */
export function describeError(error: unknown): string {
  if (error instanceof ApiError) {
    const reasons = error.details.map((d) => (d.field ? `${d.field}：${d.message}` : d.message));
    return [error.message, ...reasons].join('；');
  }
  return '网络异常，请稍后再试';
}

/** Today's date in China, `YYYY-MM-DD`. */
export const chinaToday = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

/** `YYYY-MM-DD HH:MM` in China time (website.md §1). */
export function chinaTime(iso: string | null): string {
  if (!iso) return '—';
  return new Date(new Date(iso).getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
}
