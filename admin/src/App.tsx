import { Alert, Button, Drawer, Grid, Layout, Menu, Select, Space, Spin, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { api, setCsrfToken, type Role, type Site, type User } from './api';
import { AuditPage } from './pages/AuditPage';
import { CalendarPage } from './pages/CalendarPage';
import { ChecksPage } from './pages/ChecksPage';
import { DepartmentsPage } from './pages/DepartmentsPage';
import { ColumnsPage } from './pages/ColumnsPage';
import { DocumentsPage } from './pages/DocumentsPage';
import { MessagesPage } from './pages/MessagesPage';
import { PublicCommentsPage } from './pages/PublicCommentsPage';
import { OpinionsPage } from './pages/OpinionsPage';
import { InterviewsPage } from './pages/InterviewsPage';
import { KnowledgePage } from './pages/KnowledgePage';
import { PasswordPage } from './pages/PasswordPage';
import { RequestsPage } from './pages/RequestsPage';
import { SearchSettingsPage } from './pages/SearchSettingsPage';
import { ServiceItemsPage } from './pages/ServiceItemsPage';
import { ServiceCasesPage } from './pages/ServiceCasesPage';
import { SitePage } from './pages/SitePage';
import { SignInPage } from './pages/SignInPage';
import { TokensPage } from './pages/TokensPage';
import { UsersPage } from './pages/UsersPage';
import { WorkPlansPage } from './pages/WorkPlansPage';

const PAGES = {
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
type PageKey = keyof typeof PAGES;

const ALL_ROLES: Role[] = [
  'site_admin',
  'editor',
  'reviewer',
  'request_handler',
  'message_handler',
  'service_clerk',
  'auditor',
];
const OFFICE_INTERACTION: Role[] = ['message_handler', 'site_admin', 'auditor'];
/** Who works on each page: the menu offers a page only to those roles (the server decides in the end). */
const PAGE_ROLES: Record<PageKey, Role[]> = {
  documents: ['editor', 'reviewer', 'site_admin', 'auditor'],
  requests: ['request_handler', 'site_admin', 'auditor'],
  messages: OFFICE_INTERACTION,
  publicComments: OFFICE_INTERACTION,
  opinions: OFFICE_INTERACTION,
  interviews: OFFICE_INTERACTION,
  serviceItems: ['editor', 'reviewer', 'site_admin', 'auditor', 'service_clerk'],
  serviceCases: ['service_clerk', 'reviewer', 'site_admin', 'auditor'],
  workPlans: ALL_ROLES,
  knowledge: ['editor', 'site_admin'],
  search: ['site_admin'],
  checks: ['editor', 'reviewer', 'site_admin'],
  columns: ['site_admin'],
  departments: ['site_admin'],
  site: ['site_admin'],
  users: ['site_admin'],
  calendar: ['site_admin'],
  audit: ['site_admin', 'auditor'],
  tokens: ['site_admin'],
  password: ALL_ROLES,
};

/** The pages the user works on at this site, in menu order. */
function pagesFor(user: User, siteId: string): PageKey[] {
  const roles = new Set(user.grants.filter((g) => g.siteId === siteId).map((g) => g.role));
  return (Object.keys(PAGES) as PageKey[]).filter(
    (key) => user.isPlatformAdmin || PAGE_ROLES[key].some((r) => roles.has(r)),
  );
}

/** Pages are addressed by the URL hash (#/users), so a page can be bookmarked and reloaded. */
function pageFromHash(): PageKey {
  const key = window.location.hash.replace(/^#\/?/, '');
  return key in PAGES ? (key as PageKey) : 'documents';
}

export interface SessionInfo {
  user: User;
  site: Site;
  sites: Site[];
}

export function App() {
  const [session, setSession] = useState<SessionInfo | null | undefined>(undefined);
  // Signed in with a temporary password: only the password form is shown until it is changed.
  const [mustChange, setMustChange] = useState(false);
  const [page, setPage] = useState<PageKey>(pageFromHash());
  // On a phone the menu is a drawer opened from the header, not a column beside the page.
  const narrow = Grid.useBreakpoint().md === false;
  const [menuOpen, setMenuOpen] = useState(false);

  const load = useCallback(async (keepSiteId?: string) => {
    try {
      const me = await api<{ user: User; csrfToken: string }>('GET', '/auth/session');
      setCsrfToken(me.csrfToken);
      setMustChange(me.user.mustChangePassword);
      if (me.user.mustChangePassword) return;
      const { items } = await api<{ items: Site[] }>('GET', '/sites');
      const site = items.find((s) => s.id === keepSiteId) ?? items[0];
      setSession(site ? { user: me.user, site, sites: items } : null);
    } catch {
      setSession(null);
    }
  }, []);

  useEffect(() => {
    void load();
    const onHash = () => setPage(pageFromHash());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [load]);

  if (mustChange) {
    return (
      <main style={{ maxWidth: 480, margin: '10vh auto', padding: 24 }}>
        <Typography.Title level={3}>请先修改初始密码</Typography.Title>
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          message="您正在使用管理员设置或系统生成的临时密码。修改后请用新密码重新登录。"
        />
        <PasswordPage onChanged={() => (setMustChange(false), setSession(null))} />
      </main>
    );
  }
  if (session === undefined) return <Spin style={{ margin: 64 }} />;
  if (session === null) return <SignInPage onSignedIn={() => void load()} />;

  // With no page in the address, the user lands on the first page of their own work.
  const allowed = pagesFor(session.user, session.site.id);
  const shown: PageKey =
    !window.location.hash.replace(/^#\/?/, '') && !allowed.includes(page) ? (allowed[0] ?? page) : page;

  const signOut = async () => {
    await api('POST', '/auth/sign-out').catch(() => undefined);
    setSession(null);
  };

  const menu = (
    <Menu
      mode="inline"
      selectedKeys={[shown]}
      onClick={() => setMenuOpen(false)}
      items={allowed.map((key) => ({
        key,
        label: <a href={`#/${key}`}>{PAGES[key]}</a>,
      }))}
    />
  );

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header
        style={{
          display: 'flex',
          flexWrap: 'wrap',
          alignItems: 'center',
          gap: narrow ? 8 : 16,
          background: '#b0191e',
          height: 'auto',
          lineHeight: 'normal',
          padding: narrow ? '8px 12px' : '12px 24px',
        }}
      >
        {narrow && (
          <Button aria-label="打开菜单" aria-expanded={menuOpen} onClick={() => setMenuOpen(true)}>
            菜单
          </Button>
        )}
        <Typography.Title
          level={4}
          style={{
            color: '#fff',
            margin: 0,
            flex: 1,
            minWidth: narrow ? 0 : 240,
            whiteSpace: 'nowrap',
            fontSize: narrow ? 16 : undefined,
          }}
        >
          {narrow ? '后台管理' : '政务公开平台 · 后台管理'}
        </Typography.Title>
        <Space wrap size={narrow ? 4 : 8}>
          <Select
            aria-label="当前站点"
            value={session.site.id}
            style={{ minWidth: narrow ? 140 : 200, maxWidth: narrow ? 180 : undefined }}
            options={session.sites.map((s) => ({ value: s.id, label: s.name }))}
            onChange={(id) => {
              const site = session.sites.find((s) => s.id === id);
              if (site) setSession({ ...session, site });
            }}
          />
          {!narrow && <Typography.Text style={{ color: '#fff' }}>{session.user.name}</Typography.Text>}
          <Button onClick={() => void signOut()}>退出登录</Button>
        </Space>
      </Layout.Header>
      <Layout>
        {narrow ? (
          <Drawer
            open={menuOpen}
            placement="left"
            width={240}
            title={session.user.name}
            onClose={() => setMenuOpen(false)}
            styles={{ body: { padding: 0 } }}
          >
            {menu}
          </Drawer>
        ) : (
          <Layout.Sider width={200} theme="light">
            {menu}
          </Layout.Sider>
        )}
        <Layout.Content style={{ padding: narrow ? 12 : 24, minWidth: 0 }}>
          <Typography.Title level={3}>{PAGES[shown]}</Typography.Title>
          {shown === 'departments' && <DepartmentsPage session={session} />}
          {shown === 'documents' && <DocumentsPage session={session} />}
          {shown === 'requests' && <RequestsPage session={session} />}
          {shown === 'messages' && <MessagesPage session={session} />}
          {shown === 'publicComments' && <PublicCommentsPage session={session} />}
          {shown === 'opinions' && <OpinionsPage session={session} />}
          {shown === 'interviews' && <InterviewsPage session={session} />}
          {shown === 'serviceItems' && <ServiceItemsPage session={session} />}
          {shown === 'serviceCases' && <ServiceCasesPage session={session} />}
          {shown === 'workPlans' && <WorkPlansPage session={session} />}
          {shown === 'knowledge' && <KnowledgePage session={session} />}
          {shown === 'search' && <SearchSettingsPage session={session} />}
          {shown === 'checks' && <ChecksPage session={session} />}
          {shown === 'columns' && <ColumnsPage session={session} />}
          {shown === 'site' && <SitePage session={session} onSaved={() => void load(session.site.id)} />}
          {shown === 'users' && <UsersPage session={session} />}
          {shown === 'calendar' && <CalendarPage />}
          {shown === 'audit' && <AuditPage session={session} />}
          {shown === 'tokens' && <TokensPage />}
          {shown === 'password' && <PasswordPage onChanged={() => setSession(null)} />}
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
