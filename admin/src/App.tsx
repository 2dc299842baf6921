import { Alert, Button, Layout, Menu, Select, Space, Spin, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { api, setCsrfToken, type Site, type User } from './api';
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

  const signOut = async () => {
    await api('POST', '/auth/sign-out').catch(() => undefined);
    setSession(null);
  };

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 16, background: '#b0191e' }}>
        <Typography.Title level={4} style={{ color: '#fff', margin: 0, flex: 1 }}>
          gongkai 政务公开平台 · 后台管理
        </Typography.Title>
        <Space>
          <Select
            aria-label="当前站点"
            value={session.site.id}
            style={{ minWidth: 200 }}
            options={session.sites.map((s) => ({ value: s.id, label: s.name }))}
            onChange={(id) => {
              const site = session.sites.find((s) => s.id === id);
              if (site) setSession({ ...session, site });
            }}
          />
          <Typography.Text style={{ color: '#fff' }}>{session.user.name}</Typography.Text>
          <Button onClick={() => void signOut()}>退出登录</Button>
        </Space>
      </Layout.Header>
      <Layout>
        <Layout.Sider width={200} theme="light" breakpoint="md" collapsedWidth={0}>
          <Menu
            mode="inline"
            selectedKeys={[page]}
            items={Object.entries(PAGES).map(([key, label]) => ({ key, label: <a href={`#/${key}`}>{label}</a> }))}
          />
        </Layout.Sider>
        <Layout.Content style={{ padding: 24 }}>
          <Typography.Title level={3}>{PAGES[page]}</Typography.Title>
          {page === 'departments' && <DepartmentsPage session={session} />}
          {page === 'documents' && <DocumentsPage session={session} />}
          {page === 'requests' && <RequestsPage session={session} />}
          {page === 'messages' && <MessagesPage session={session} />}
          {page === 'publicComments' && <PublicCommentsPage session={session} />}
          {page === 'opinions' && <OpinionsPage session={session} />}
          {page === 'interviews' && <InterviewsPage session={session} />}
          {page === 'serviceItems' && <ServiceItemsPage session={session} />}
          {page === 'serviceCases' && <ServiceCasesPage session={session} />}
          {page === 'workPlans' && <WorkPlansPage session={session} />}
          {page === 'knowledge' && <KnowledgePage session={session} />}
          {page === 'search' && <SearchSettingsPage session={session} />}
          {page === 'checks' && <ChecksPage session={session} />}
          {page === 'columns' && <ColumnsPage session={session} />}
          {page === 'site' && <SitePage session={session} onSaved={() => void load(session.site.id)} />}
          {page === 'users' && <UsersPage session={session} />}
          {page === 'calendar' && <CalendarPage />}
          {page === 'audit' && <AuditPage session={session} />}
          {page === 'tokens' && <TokensPage />}
          {page === 'password' && <PasswordPage onChanged={() => setSession(null)} />}
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
