import { ROLES, type Role } from '../../src/platform/auth/actor.js';

/**
 * The back office's pages and who works on each: the menu offers a page only to the roles here,
 * and `test/back-office-roles.test.ts` checks each against what the API allows that role (the
 * server decides in the end). No React here, so the test can read it.
 */
export const PAGES = {
  workbench: '工作台',
  documents: '信息发布',
  requests: '依申请公开',
  messages: '互动交流',
  publicComments: '征集意见',
  opinions: '舆情回应',
  interviews: '在线访谈',
  serviceItems: '办事服务',
  serviceCases: '办件',
  workPlans: '工作要点',
  knowledge: '咨询问答',
  search: '站内搜索',
  checks: '发布前检查',
  columns: '栏目管理',
  departments: '单位管理',
  site: '站点设置',
  users: '用户与角色',
  calendar: '工作日历',
  audit: '审计日志',
  tokens: 'API 令牌',
  password: '修改密码',
} as const;
export type PageKey = keyof typeof PAGES;

export const ALL_ROLES: readonly Role[] = ROLES;
const OFFICE_INTERACTION: Role[] = ['message_handler', 'site_admin', 'auditor'];
// A department's editor runs its own consultations and answers the opinions assigned to it.
const WITH_DEPARTMENTS: Role[] = [...OFFICE_INTERACTION, 'editor'];

export const PAGE_ROLES: Record<PageKey, readonly Role[]> = {
  workbench: ALL_ROLES,
  documents: ['editor', 'reviewer', 'site_admin', 'auditor'],
  requests: ['request_handler', 'site_admin', 'auditor'],
  messages: OFFICE_INTERACTION,
  publicComments: WITH_DEPARTMENTS,
  opinions: WITH_DEPARTMENTS,
  interviews: OFFICE_INTERACTION,
  serviceItems: ['editor', 'reviewer', 'site_admin', 'auditor', 'service_clerk'],
  serviceCases: ['service_clerk', 'reviewer', 'site_admin', 'auditor'],
  workPlans: ALL_ROLES,
  knowledge: ['editor', 'site_admin'],
  search: ['site_admin'],
  // The rules and the masking policy; editors and reviewers see the findings beside the document.
  checks: ['site_admin'],
  columns: ['site_admin'],
  departments: ['site_admin'],
  site: ['site_admin'],
  users: ['site_admin'],
  calendar: ['site_admin'],
  audit: ['site_admin', 'auditor'],
  // A token acts with its owner's own grants, so anyone may have one.
  tokens: ALL_ROLES,
  password: ALL_ROLES,
};

interface MenuUser {
  isPlatformAdmin: boolean;
  grants: readonly { siteId: string; role: Role }[];
}

/** The pages the user works on at this site, in menu order. */
export function pagesFor(user: MenuUser, siteId: string): PageKey[] {
  const roles = new Set(user.grants.filter((g) => g.siteId === siteId).map((g) => g.role));
  return (Object.keys(PAGES) as PageKey[]).filter(
    (key) => user.isPlatformAdmin || PAGE_ROLES[key].some((r) => roles.has(r)),
  );
}
