/** The back office's only door to the platform: the JSON API, with the session cookie and CSRF token. */

export type Role = 'site_admin' | 'editor' | 'reviewer' | 'request_handler' | 'message_handler' | 'auditor';

export const ROLE_LABELS: Record<Role, string> = {
  site_admin: '站点管理员',
  editor: '信息编辑',
  reviewer: '审核人',
  request_handler: '依申请公开办理人',
  message_handler: '留言办理人',
  auditor: '审计员',
};

export interface Grant {
  siteId: string;
  role: Role;
  departmentId: string | null;
}

export interface User {
  id: string;
  account: string;
  name: string;
  isPlatformAdmin: boolean;
  disabled: boolean;
  locked: boolean;
  lastSignInAt: string | null;
  createdAt: string;
  grants: Grant[];
}

export interface SiteFields {
  name: string;
  siteCode: string;
  sponsor: string;
  orgCode: string;
  address: string;
  phone: string;
  email: string;
  icpNo: string;
  policeFilingNo: string;
  indexNoTemplate: string;
  hosts: string[];
}

export interface Site extends SiteFields {
  id: string;
}

export type DepartmentKind = 'government' | 'street' | 'public_institution' | 'other';

export const KIND_LABELS: Record<DepartmentKind, string> = {
  government: '政府部门',
  street: '街道(镇)',
  public_institution: '公共企事业单位',
  other: '其他',
};

export interface Department {
  id: string;
  siteId: string;
  parentId: string | null;
  name: string;
  shortName: string;
  code: string | null;
  kind: DepartmentKind;
  phone: string;
  fax: string;
  email: string;
  address: string;
  officeHours: string;
  sortOrder: number;
}

export interface DayInfo {
  date: string;
  isWorkday: boolean;
  source: 'operator' | 'official' | 'statutory';
  name: string;
  provisional: boolean;
}

export interface AuditEntry {
  id: string;
  at: string;
  actorName: string;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
  ip: string;
}

export interface ApiToken {
  id: string;
  name: string;
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
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

/** `YYYY-MM-DD HH:MM` in China time (website.md §1). */
export function chinaTime(iso: string | null): string {
  if (!iso) return '—';
  return new Date(new Date(iso).getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
}
