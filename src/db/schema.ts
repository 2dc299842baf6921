import type { Generated } from 'kysely';

/**
 * Table types. Both databases store the same shapes:
 *  - ids are text (UUIDv7, made by platform/ids) so rows can be created on any instance;
 *  - instants are ISO-8601 UTC text ("2026-11-28T08:00:00.000Z") and calendar dates "YYYY-MM-DD",
 *    which sort correctly as text on SQLite and PostgreSQL alike;
 *  - flags are integers 0/1, JSON is text.
 * Row types stop in repositories; services and routes use their own domain types.
 */
export interface Database {
  app_locks: AppLockTable;
  sites: SiteTable;
  site_hosts: SiteHostTable;
  departments: DepartmentTable;
  users: UserTable;
  role_grants: RoleGrantTable;
  sessions: SessionTable;
  api_tokens: ApiTokenTable;
  audit_log: AuditLogTable;
  calendar_days: CalendarDayTable;
  calendar_years: CalendarYearTable;
  columns: ColumnTable;
  documents: DocumentTable;
  document_revisions: DocumentRevisionTable;
  document_columns: DocumentColumnTable;
  index_no_counters: IndexNoCounterTable;
  content_versions: ContentVersionTable;
  attachments: AttachmentTable;
  disclosure_requests: DisclosureRequestTable;
  request_events: RequestEventTable;
  mailboxes: MailboxTable;
  messages: MessageTable;
  public_comments: PublicCommentTable;
  comments: CommentTable;
  opinion_feeds: OpinionFeedTable;
  opinion_items: OpinionItemTable;
  media_accounts: MediaAccountTable;
  interviews: InterviewTable;
  interview_questions: InterviewQuestionTable;
  interview_entries: InterviewEntryTable;
  interview_photos: InterviewPhotoTable;
  message_attachments: MessageAttachmentTable;
  service_items: ServiceItemTable;
  service_item_revisions: ServiceItemRevisionTable;
  service_cases: ServiceCaseTable;
  service_case_steps: ServiceCaseStepTable;
  service_ratings: ServiceRatingTable;
  certificate_requirements: CertificateRequirementTable;
  message_events: MessageEventTable;
  notice_templates: NoticeTemplateTable;
  annual_report_figures: AnnualReportFigureTable;
  annual_report_snapshots: AnnualReportSnapshotTable;
  annual_report_narratives: AnnualReportNarrativeTable;
  jobs: JobTable;
  search_entries: SearchEntryTable;
  search_synonyms: SearchSynonymTable;
  search_words: SearchWordTable;
  search_queries: SearchQueryTable;
  knowledge_entries: KnowledgeEntryTable;
  assistant_questions: AssistantQuestionTable;
  wording_rules: WordingRuleTable;
  finding_acceptances: FindingAcceptanceTable;
  masking_policies: MaskingPolicyTable;
  department_aliases: DepartmentAliasTable;
  work_plans: WorkPlanTable;
  work_plan_goals: WorkPlanGoalTable;
  work_plan_tasks: WorkPlanTaskTable;
  work_plan_items: WorkPlanItemTable;
  work_plan_assignments: WorkPlanAssignmentTable;
  progress_reports: ProgressReportTable;
  work_plan_reminders: WorkPlanReminderTable;
  work_plan_marks: WorkPlanMarkTable;
  throttles: ThrottleTable;
  search_hot_queries: SearchHotQueryTable;
  stored_files: StoredFileTable;
  stored_file_parts: StoredFilePartTable;
}

/** A file kept in the database (PostgreSQL), named by the SHA-256 of its content. */
export interface StoredFileTable {
  sha256: string;
  size: number;
  parts: number;
  created_at: string;
}

/** One part (at most 1 MB) of a stored file, in order. */
export interface StoredFilePartTable {
  sha256: string;
  part: number;
  bytes: Buffer;
}

export interface AppLockTable {
  name: string;
  taken_at: string | null;
}

export interface SiteTable {
  id: string;
  name: string;
  site_code: string;
  sponsor: string;
  org_code: string;
  address: string;
  phone: string;
  email: string;
  icp_no: string;
  police_filing_no: string;
  index_no_template: string;
  /** 1 when the time between a fee notice and payment pauses the reply clock (the default). */
  fee_pauses_clock: number;
  /** Working days a department has to follow up a 差评 (issue 16 §5). */
  rating_follow_up_workdays: number;
  /** 1 when a department's annual report is reviewed by the office (issue 19 §3). */
  annual_report_office_review: number;
  /** The portal's identity (承办单位, theme colour, logo …) as JSON; '{}' for the defaults. */
  identity_json: string;
  /** When a platform administrator retired the site (关停), and the notice its portal shows since. */
  retired_at: string | null;
  retired_notice: string;
  created_at: string;
  updated_at: string;
}

export interface SiteHostTable {
  host: string;
  site_id: string;
}

export interface DepartmentTable {
  id: string;
  site_id: string;
  parent_id: string | null;
  name: string;
  short_name: string;
  code: string | null;
  kind: string;
  phone: string;
  fax: string;
  email: string;
  address: string;
  office_hours: string;
  sort_order: number;
  created_at: string;
  updated_at: string;
}

export interface UserTable {
  id: string;
  account: string;
  name: string;
  password_hash: string;
  is_platform_admin: number;
  disabled: number;
  last_sign_in_at: string | null;
  password_changed_at: string;
  must_change_password: number;
  created_at: string;
  updated_at: string;
}

export interface RoleGrantTable {
  id: string;
  user_id: string;
  site_id: string;
  role: string;
  /** null: the grant covers the whole site. */
  department_id: string | null;
  created_at: string;
}

export interface SessionTable {
  /** sha256 of the cookie value; the raw value is never stored. */
  token_hash: string;
  user_id: string;
  created_at: string;
  expires_at: string;
  last_seen_at: string;
  ip: string;
  user_agent: string;
}

export interface ApiTokenTable {
  id: string;
  user_id: string;
  name: string;
  token_hash: string;
  created_at: string;
  expires_at: string | null;
  last_used_at: string | null;
  revoked_at: string | null;
}

export interface AuditLogTable {
  id: string;
  at: string;
  actor_id: string | null;
  actor_name: string;
  site_id: string | null;
  department_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string;
  before_json: string | null;
  after_json: string | null;
  ip: string;
}

export interface CalendarDayTable {
  date: string;
  /** 1: a working day (e.g. an adjusted weekend), 0: a day off. */
  is_workday: number;
  note: string;
  updated_by: string | null;
  updated_at: string;
}

export interface CalendarYearTable {
  year: number;
  /** Where the year's schedule comes from, e.g. 国办发明电〔2025〕7号. */
  source: string;
  updated_by: string | null;
  updated_at: string;
}

export interface ColumnTable {
  id: string;
  site_id: string;
  parent_id: string | null;
  /** Stable key of a standard column (e.g. 'news'); null for columns the office adds. */
  code: string | null;
  name: string;
  kind: string;
  link_url: string;
  /** Expected update interval, used by site monitoring; null when the column need not be updated. */
  update_interval_days: number | null;
  sort_order: number;
  /** What the column is about, shown at the top of its page (a 专题's introduction). */
  description: string;
  created_at: string;
  updated_at: string;
}

export interface DocumentTable {
  id: string;
  site_id: string;
  department_id: string;
  /** draft (never published) · published · withdrawn */
  status: string;
  index_no: string | null;
  title: string;
  doc_no: string;
  written_on: string | null;
  published_at: string | null;
  subject: string;
  keywords: string;
  disclosure: string;
  validity: string;
  replaced_by_id: string | null;
  /** The policy document this one interprets (政策解读), if it is an interpretation. */
  interprets_id: string | null;
  /** 'rule' 规章 · 'normative' 行政规范性文件 (annual report section 二); null for other documents. */
  document_kind: string | null;
  summary: string;
  body_html: string;
  source: string;
  published_revision_id: string | null;
  withdrawn_at: string | null;
  withdrawn_reason: string;
  views: number;
  /** 一稿多发: the document on another site this one is a copy of (kept in step with it); null for an original. */
  syndicated_from_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface DocumentRevisionTable {
  id: string;
  document_id: string;
  number: number;
  /** draft · submitted · rejected · approved · scheduled · published · superseded */
  state: string;
  content_json: string;
  scheduled_at: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  submitted_by: string | null;
  submitted_at: string | null;
  reviewed_by: string | null;
  reviewed_at: string | null;
  review_note: string;
  published_at: string | null;
}

export interface DocumentColumnTable {
  document_id: string;
  column_id: string;
  /** The document's published_at while it is public (published, proactive); null otherwise. */
  listed_at: string | null;
  /** 1 when the document is filed under another column too (so a list of several counts it once). */
  also_filed: Generated<number>;
}

export interface IndexNoCounterTable {
  site_id: string;
  scope: string;
  last_seq: number;
}

export interface ContentVersionTable {
  site_id: string;
  version: number;
}

export interface AttachmentTable {
  id: string;
  document_id: string;
  /** The file name shown to visitors, cleaned of path parts. */
  name: string;
  /** Detected from the content, never taken from the name. */
  mime: string;
  size: number;
  sha256: string;
  created_by: string | null;
  created_at: string;
  /** The text of a DOCX or text PDF, for the checks before publication; '' for anything else. */
  text: string;
  /** When the text was taken (null: never tried — uploaded before texts were kept). */
  text_read_at: string | null;
}

export interface DisclosureRequestTable {
  id: string;
  site_id: string;
  department_id: string | null;
  handling_department_id: string | null;
  tracking_no: string;
  query_code_hash: string;
  channel: string;
  received_on: string;
  applicant_kind: string;
  organisation_kind: string | null;
  applicant_name: string;
  applicant_key: string;
  applicant_json: string;
  info_title: string;
  info_doc_no: string;
  info_description: string;
  purpose: string;
  delivery_form: string;
  delivery_method: string;
  fee_waiver_requested: number;
  fee_waiver_reason: string;
  id_proof_sha256: string | null;
  id_proof_mime: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface RequestEventTable {
  id: string;
  request_id: string;
  seq: number;
  type: string;
  occurred_on: string;
  data_json: string;
  recorded_by: string | null;
  recorded_at: string;
}

export interface MailboxTable {
  id: string;
  site_id: string;
  name: string;
  description: string;
  kind: string | null;
  answer_workdays: number;
  publish_answers: number;
  department_id: string | null;
  sort: number;
  active: number;
  created_at: string;
  updated_at: string;
}

export interface MessageTable {
  id: string;
  site_id: string;
  mailbox_id: string;
  tracking_no: string;
  query_code_hash: string;
  channel: string;
  kind: string;
  subject: string;
  body: string;
  writer_name: string;
  writer_json: string;
  consent_to_publish: number;
  received_on: string;
  state: string;
  department_id: string | null;
  first_answered_on: string | null;
  closed_on: string | null;
  rating: string | null;
  merged_into_id: string | null;
  published_at: string | null;
  public_subject: string | null;
  public_body: string | null;
  public_answer: string | null;
  public_department: string | null;
  public_answered_on: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface PublicCommentTable {
  id: string;
  site_id: string;
  department_id: string | null;
  title: string;
  body: string;
  major: number;
  opens_on: string;
  closes_on: string;
  state: string;
  published_at: string | null;
  adoption_summary: string | null;
  concluded_at: string | null;
  final_document_id: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface CommentTable {
  id: string;
  public_comment_id: string;
  seq: number;
  writer_json: string;
  body: string;
  received_on: string;
  state: string;
  public_body: string | null;
  moderation_note: string | null;
  moderated_by: string | null;
  moderated_at: string | null;
  adoption: string | null;
  adoption_reason: string | null;
  created_at: string;
  updated_at: string;
}

export interface OpinionFeedTable {
  id: string;
  site_id: string;
  name: string;
  url: string;
  active: number;
  last_polled_at: string | null;
  last_error: string | null;
  created_at: string;
  updated_at: string;
}

export interface OpinionItemTable {
  id: string;
  site_id: string;
  source: string;
  url: string;
  summary: string;
  first_seen_at: string;
  level: string | null;
  department_id: string | null;
  authoritative_at: string | null;
  authoritative_document_id: string | null;
  press_conference_at: string | null;
  response_at: string | null;
  response_document_id: string | null;
  evaluation: string | null;
  closed_at: string | null;
  feed_id: string | null;
  feed_guid: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface MediaAccountTable {
  id: string;
  site_id: string;
  name: string;
  platform: string;
  account: string;
  url: string;
  department_id: string;
  operator: string;
  status: string;
  created_at: string;
  updated_at: string;
}

export interface InterviewTable {
  id: string;
  site_id: string;
  kind: string;
  title: string;
  summary: string;
  starts_at: string;
  guests_json: string;
  published_at: string | null;
  ended_at: string | null;
  transcript_document_id: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface InterviewQuestionTable {
  id: string;
  interview_id: string;
  seq: number;
  writer_json: string;
  body: string;
  received_on: string;
  state: string;
  public_body: string | null;
  moderated_by: string | null;
  moderated_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface InterviewEntryTable {
  id: string;
  interview_id: string;
  seq: number;
  speaker: string;
  text: string;
  at: string;
  recorded_by: string | null;
}

export interface InterviewPhotoTable {
  id: string;
  interview_id: string;
  seq: number;
  caption: string;
  mime: string;
  size: number;
  sha256: string;
  created_by: string | null;
  created_at: string;
}

export interface ServiceItemTable {
  id: string;
  site_id: string;
  department_id: string;
  implementation_code: string;
  name: string;
  published_json: string | null;
  published_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface ServiceItemRevisionTable {
  id: string;
  item_id: string;
  number: number;
  state: string;
  guide_json: string;
  change_note: string;
  review_note: string;
  created_by: string | null;
  created_at: string;
  reviewed_by: string | null;
  approved_on: string | null;
  published_at: string | null;
}

export interface ServiceCaseTable {
  id: string;
  site_id: string;
  item_id: string;
  department_id: string;
  case_no: string;
  query_code_hash: string;
  applicant_json: string;
  channel: string;
  received_on: string;
  committed_days: number | null;
  finished_on: string | null;
  result: string | null;
  created_at: string;
  updated_at: string;
}

export interface ServiceCaseStepTable {
  id: string;
  case_id: string;
  seq: number;
  name: string;
  occurred_on: string;
  note: string;
  recorded_by: string | null;
  recorded_at: string;
}

export interface ServiceRatingTable {
  id: string;
  case_id: string;
  level: number;
  reasons_json: string;
  comment: string;
  rated_on: string;
  follow_up_due_on: string | null;
  followed_up_on: string | null;
  follow_up_note: string | null;
  followed_up_by: string | null;
}

export interface CertificateRequirementTable {
  id: string;
  site_id: string;
  department_id: string;
  name: string;
  issuer: string;
  basis: string;
  status: string;
  cancelled_on: string | null;
  replacement: string | null;
  note: string;
  created_at: string;
  updated_at: string;
}

export interface MessageAttachmentTable {
  id: string;
  message_id: string;
  name: string;
  mime: string;
  size: number;
  sha256: string;
  created_at: string;
}

export interface MessageEventTable {
  id: string;
  message_id: string;
  seq: number;
  type: string;
  occurred_on: string;
  data_json: string;
  recorded_by: string | null;
  recorded_at: string;
}

export interface NoticeTemplateTable {
  id: string;
  site_id: string;
  kind: string;
  version: number;
  title: string;
  body: string;
  created_by: string | null;
  created_at: string;
}

export interface AnnualReportFigureTable {
  site_id: string;
  department_key: string;
  year: number;
  figure: string;
  value: number;
  updated_at: string;
}

export interface AnnualReportNarrativeTable {
  site_id: string;
  department_key: string;
  year: number;
  /** overview | improvements | otherMatters (annual-report.narrative.ts). */
  section: string;
  body: string;
  updated_at: string;
}

export interface JobTable {
  id: string;
  kind: string;
  key: string | null;
  payload_json: string;
  run_at: string;
  attempts: number;
  locked_until: string | null;
  done_at: string | null;
  last_error: string;
  created_at: string;
}

export interface AnnualReportSnapshotTable {
  site_id: string;
  department_key: string;
  year: number;
  document_id: string;
  report_json: string;
  created_at: string;
}

/** The words themselves are in `search_fts` (SQLite) or the `vector` column (PostgreSQL), written with raw SQL. */
export interface SearchEntryTable {
  id: Generated<number>;
  key: string;
  site_id: string;
  type: string;
  title: string;
  url: string;
  department_id: string | null;
  publisher: string;
  published_at: string;
  year: number;
  validity: string | null;
  doc_no: string;
  body_text: string;
  normal_text: string;
  title_words: string;
}

export interface SearchSynonymTable {
  id: string;
  site_id: string;
  /** JSON array of the words of one group. */
  words: string;
  created_at: string;
  updated_at: string;
}

export interface SearchWordTable {
  site_id: string;
  word: string;
  created_at: string;
}

export interface SearchQueryTable {
  site_id: string;
  query: string;
  day: string;
  searches: number;
  hits: number;
}

export interface KnowledgeEntryTable {
  id: string;
  site_id: string;
  department_id: string;
  question: string;
  /** JSON array of strings. */
  alternatives: string;
  answer: string;
  source_document_id: string | null;
  valid_until: string | null;
  created_at: string;
  updated_at: string;
}

export interface AssistantQuestionTable {
  id: string;
  site_id: string;
  question: string;
  asked: number;
  first_asked_at: string;
  last_asked_at: string;
  resolved_at: string | null;
  entry_id: string | null;
}

export interface WordingRuleTable {
  id: string;
  site_id: string;
  wrong: string;
  correction: string | null;
  kind: string;
  severity: string;
  note: string;
  created_at: string;
  updated_at: string;
}

export interface FindingAcceptanceTable {
  id: string;
  site_id: string;
  entity_type: string;
  entity_id: string;
  finding_type: string;
  finding_text: string;
  basis: string;
  reason: string;
  accepted_by: string | null;
  accepted_at: string;
}

export interface MaskingPolicyTable {
  site_id: string;
  policy_json: string;
  updated_at: string;
}

export interface DepartmentAliasTable {
  id: string;
  site_id: string;
  department_id: string;
  alias: string;
  created_at: string;
}

export interface WorkPlanTable {
  id: string;
  site_id: string;
  title: string;
  year: number;
  document_id: string | null;
  report_every_days: number;
  assigned_at: string | null;
  published: number;
  created_at: string;
  updated_at: string;
}

export interface WorkPlanGoalTable {
  id: string;
  plan_id: string;
  position: number;
  no: string;
  title: string;
  weight: number;
}

export interface WorkPlanTaskTable extends WorkPlanGoalTable {
  goal_id: string;
}

export interface WorkPlanItemTable {
  id: string;
  plan_id: string;
  task_id: string;
  position: number;
  content: string;
  /** JSON arrays of unit names as written in the plan. */
  lead_names: string;
  responsible_names: string;
  due_on: string;
  /** JSON array of {title, dueOn}. */
  milestones: string;
  weight: number;
}

export interface WorkPlanAssignmentTable {
  id: string;
  plan_id: string;
  item_id: string;
  department_id: string;
  role: string;
  created_at: string;
}

export interface ProgressReportTable {
  id: string;
  plan_id: string;
  assignment_id: string;
  state: string;
  progress: number;
  text: string;
  /** JSON array of {title, url}. */
  evidence: string;
  status: string;
  submitted_by: string | null;
  submitted_at: string;
  reviewed_by: string | null;
  reviewed_at: string | null;
  review_note: string | null;
}

export interface WorkPlanReminderTable {
  id: string;
  plan_id: string;
  assignment_id: string;
  kind: string;
  sent_on: string;
  /** The office's words, for a reminder it sent by hand (`urged`). */
  note: string | null;
}

export interface WorkPlanMarkTable {
  plan_id: string;
  department_id: string;
  adjustment: number;
  note: string;
  updated_at: string;
}

export interface ThrottleTable {
  key: string;
  hits: number;
  window_ends: string;
  last_at: string;
  next_at: number;
}

export interface SearchHotQueryTable {
  site_id: string;
  query: string;
  approved_by: string | null;
  approved_at: string;
}
