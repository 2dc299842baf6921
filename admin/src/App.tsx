import { Alert, Button, Drawer, Grid, Layout, Menu, Select, Space, Spin, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { api, setCsrfToken, type Site, type User } from './api';
import { PAGES, pagesFor, type PageKey } from './menu';
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
import { WorkbenchPage } from './pages/WorkbenchPage';
import { WorkPlansPage } from './pages/WorkPlansPage';

/** Pages are addressed by the URL hash (#/users), so a page can be bookmarked and reloaded. */
function pageFromHash(): PageKey {
  const key = window.location.hash.replace(/^#\/?/, '');
  return key in PAGES ? (key as PageKey) : 'workbench';
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

  // The user lands on the 工作台; a page their roles do not use (an old bookmark) shows it too.
  const allowed = pagesFor(session.user, session.site.id);
  const shown: PageKey = allowed.includes(page) ? page : (allowed[0] ?? page);

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
          {shown === 'workbench' && <WorkbenchPage session={session} />}
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
