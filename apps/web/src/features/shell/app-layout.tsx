import {
  AlertOutlined,
  AppstoreOutlined,
  AuditOutlined,
  BarChartOutlined,
  CalendarOutlined,
  DashboardOutlined,
  DesktopOutlined,
  DownOutlined,
  FileTextOutlined,
  IdcardOutlined,
  KeyOutlined,
  LogoutOutlined,
  MenuFoldOutlined,
  MenuOutlined,
  MenuUnfoldOutlined,
  MessageOutlined,
  NodeIndexOutlined,
  OrderedListOutlined,
  PieChartOutlined,
  ProfileOutlined,
  RiseOutlined,
  SafetyCertificateOutlined,
  ScheduleOutlined,
  ShopOutlined,
  TrophyOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { App, Avatar, Button, Drawer, Dropdown, Layout, Menu, type MenuProps } from 'antd';
import type { CurrentUser } from '@yunju/contracts';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate, useNavigation } from 'react-router';
import { FullPageSpin } from '../../components/full-page-spin.tsx';
import { LanguageSwitch } from '../../components/language-switch.tsx';
import { useIsPhone } from '../../components/use-is-phone.ts';
import { can, forgetUserData, logout, sessionQuery } from '../auth/session.ts';
import { InboxBell } from '../inbox/inbox-bell.tsx';

const siderKey = 'yunju.sider';

type NavItem = { key: string; to: string; icon: ReactNode; label: string };

// Core strings only (`nav.*`): the areas' own strings load with their lazy chunks, after the menu shows.
type NavLabel = 'nav.workbench' | 'nav.enterprises' | 'nav.myEnterprise' | 'nav.audit' | 'nav.hall' | 'nav.catalogue' | 'nav.calendar' | 'nav.inbox'
  | 'nav.myCases' | 'nav.caseManage' | 'nav.caseQuery' | 'nav.walkIn' | 'nav.supervision' | 'nav.caseStats'
  | 'nav.matching' | 'nav.myMatching' | 'nav.expertMatching' | 'nav.matchingOutcomes' | 'nav.expertProfile' | 'nav.talentEngagements' | 'nav.talentProfile'
  | 'nav.safebox' | 'nav.notaryReview' | 'nav.notaryKeys'
  | 'nav.cultivation' | 'nav.coverage' | 'nav.coverageTasks' | 'nav.assessment';

function navItems(user: CurrentUser, t: (key: NavLabel) => string): NavItem[] {
  const items: NavItem[] = [{ key: '/', to: '/', icon: <DashboardOutlined />, label: t('nav.workbench') }];
  // The service hall is where an enterprise gets things done: first in its menu.
  const hall: NavItem = { key: '/hall', to: '/hall', icon: <AppstoreOutlined />, label: t('nav.hall') };
  if (can(user, 'catalogue.read')) {
    if (user.role === 'enterprise') items.unshift(hall);
    else items.push(hall);
  }
  // Cases (办件): the daily work, right after the workbench and the hall.
  const cases = can(user, 'case.submit') ? t('nav.myCases') : can(user, 'case.handle') ? t('nav.caseManage') : can(user, 'case.read') ? t('nav.caseQuery') : null;
  if (cases) items.push({ key: '/cases', to: '/cases', icon: <FileTextOutlined />, label: cases });
  if (can(user, 'case.register_walk_in')) items.push({ key: '/cases/walk-in', to: '/cases/walk-in', icon: <DesktopOutlined />, label: t('nav.walkIn') });
  if (can(user, 'case.supervise')) {
    items.push({ key: '/supervision', to: '/supervision', icon: <AlertOutlined />, label: t('nav.supervision') });
    items.push({ key: '/cases/stats', to: '/cases/stats', icon: <BarChartOutlined />, label: t('nav.caseStats') });
  }
  // Matching (供需对接): technical problems and talent needs brokered to outcomes.
  if (can(user, 'match.read')) {
    const label = can(user, 'match.broker') ? t('nav.matching') : can(user, 'demand.post') ? t('nav.myMatching') : can(user, 'profile.edit_own') ? t('nav.expertMatching') : t('nav.matching');
    items.push({ key: '/matching', to: '/matching', icon: <NodeIndexOutlined />, label });
  }
  if (can(user, 'profile.edit_own')) items.push({ key: '/matching/profile', to: '/matching/profile', icon: <IdcardOutlined />, label: t('nav.expertProfile') });
  // A talent (人才): the engagements where it is the candidate, and its own profile.
  if (can(user, 'engagement.answer_own')) items.push({ key: '/matching/engagements', to: '/matching/engagements', icon: <NodeIndexOutlined />, label: t('nav.talentEngagements') });
  if (can(user, 'talent.edit_own')) items.push({ key: '/matching/talent-profile', to: '/matching/talent-profile', icon: <IdcardOutlined />, label: t('nav.talentProfile') });
  if (can(user, 'match.outcomes')) items.push({ key: '/matching/outcomes', to: '/matching/outcomes', icon: <RiseOutlined />, label: t('nav.matchingOutcomes') });
  if (can(user, 'catalogue.manage')) items.push({ key: '/catalogue', to: '/catalogue', icon: <ProfileOutlined />, label: t('nav.catalogue') });
  if (can(user, 'enterprise.read_all')) {
    items.push({ key: '/enterprises', to: '/enterprises', icon: <ShopOutlined />, label: t('nav.enterprises') });
  } else if (can(user, 'enterprise.read') && user.enterpriseId) {
    const to = `/enterprises/${encodeURIComponent(user.enterpriseId)}`;
    items.push({ key: '/enterprises', to, icon: <ShopOutlined />, label: t('nav.myEnterprise') });
  }
  // Enterprises (issue 5): tier cultivation and the five full coverages with their tasks and assessment.
  if (can(user, 'cultivation.read')) items.push({ key: '/cultivation', to: '/cultivation', icon: <TrophyOutlined />, label: t('nav.cultivation') });
  if (can(user, 'coverage.read')) {
    items.push({ key: '/coverage', to: '/coverage', icon: <PieChartOutlined />, label: t('nav.coverage') });
    items.push({ key: '/coverage/tasks', to: '/coverage/tasks', icon: <ScheduleOutlined />, label: t('nav.coverageTasks') });
    items.push({ key: '/coverage/assessment', to: '/coverage/assessment', icon: <OrderedListOutlined />, label: t('nav.assessment') });
  }
  if (can(user, 'audit.read')) items.push({ key: '/audit', to: '/audit', icon: <AuditOutlined />, label: t('nav.audit') });
  if (can(user, 'calendar.manage')) items.push({ key: '/settings/calendar', to: '/settings/calendar', icon: <CalendarOutlined />, label: t('nav.calendar') });
  // Trade-secret safe box: the enterprise's deposits, the notary's review queue, the admin's notary keys.
  if (can(user, 'safebox.read_own')) items.push({ key: '/safebox', to: '/safebox', icon: <SafetyCertificateOutlined />, label: t('nav.safebox') });
  if (can(user, 'safebox.notarise')) items.push({ key: '/safebox/notary', to: '/safebox/notary', icon: <SafetyCertificateOutlined />, label: t('nav.notaryReview') });
  if (can(user, 'safebox.manage_notary_keys')) items.push({ key: '/safebox/notary-keys', to: '/safebox/notary-keys', icon: <KeyOutlined />, label: t('nav.notaryKeys') });
  if (can(user, 'inbox.read')) items.push({ key: '/inbox', to: '/inbox', icon: <MessageOutlined />, label: t('nav.inbox') });
  return items;
}

/** The menu entry a path belongs to: `/enterprises/42` lights up 企业档案. */
function selectedKey(pathname: string, items: NavItem[]): string {
  const match = items
    .filter((item) => item.key !== '/' && (pathname === item.key || pathname.startsWith(`${item.key}/`)))
    .sort((a, b) => b.key.length - a.key.length)[0];
  return match ? match.key : pathname === '/' ? '/' : '';
}

/** antd's App supplies `message` and `modal` with the theme to every signed-in page. */
export default function AppLayout() {
  return (
    <App className="app-root">
      <SignedInLayout />
    </App>
  );
}

function SignedInLayout() {
  const { t } = useTranslation();
  const { data: session } = useQuery(sessionQuery);
  const isPhone = useIsPhone();
  const location = useLocation();
  const navigate = useNavigate();
  const navigation = useNavigation();
  const [collapsed, setCollapsed] = useState(() => {
    try {
      return localStorage.getItem(siderKey) === 'collapsed';
    } catch {
      return false;
    }
  });
  const [drawerOpen, setDrawerOpen] = useState(false);

  // Between sign-out and the login page's arrival.
  if (!session) return <FullPageSpin />;
  const user = session.user;
  const items = navItems(user, t);
  const current = selectedKey(location.pathname, items);
  const menuItems: MenuProps['items'] = items.map((item) => ({
    key: item.key,
    icon: item.icon,
    label: (
      <Link to={item.to} onClick={() => setDrawerOpen(false)}>
        {item.label}
      </Link>
    ),
  }));

  const toggleSider = () => {
    const next = !collapsed;
    setCollapsed(next);
    try {
      localStorage.setItem(siderKey, next ? 'collapsed' : 'expanded');
    } catch {
      // not remembered
    }
  };

  const onUserMenu = async (key: string) => {
    if (key === 'password') {
      await navigate('/account/password');
    } else if (key === 'logout') {
      await logout();
      await navigate('/login', { replace: true, state: { loggedOut: true } });
      forgetUserData();
    }
  };

  const roleLabel = t(`role.${user.role}`);
  const menu = <Menu mode="inline" selectedKeys={[current]} items={menuItems} className="side-menu" />;

  return (
    <Layout className="app-layout">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      {navigation.state === 'loading' ? (
        <div className="nav-progress" role="progressbar" aria-label={t('nav.navigating')} />
      ) : null}
      <Layout.Header className="app-header">
        <div className="app-header-left">
          {isPhone ? (
            <Button type="text" icon={<MenuOutlined />} aria-label={t('nav.openMenu')} onClick={() => setDrawerOpen(true)} />
          ) : (
            <Button
              type="text"
              icon={collapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
              aria-label={collapsed ? t('nav.expandSider') : t('nav.collapseSider')}
              aria-expanded={!collapsed}
              onClick={toggleSider}
            />
          )}
          <Link to="/" className="brand">
            <span className="brand-mark" aria-hidden>
              云
            </span>
            <span className="brand-name">{t('app.name')}</span>
            <span className="brand-tenant">{user.tenantName}</span>
          </Link>
        </div>
        <div className="app-header-right">
          {can(user, 'inbox.read') ? <InboxBell /> : null}
          <LanguageSwitch className={isPhone ? 'lang-switch-compact' : undefined} />
          <Dropdown
            trigger={['click']}
            menu={{
              onClick: ({ key }) => void onUserMenu(key),
              items: [
                {
                  key: 'who',
                  type: 'group',
                  label: (
                    <span className="user-menu-who">
                      {user.displayName} · {roleLabel}
                      {user.departmentName ?? user.enterpriseName ? <br /> : null}
                      {user.departmentName ?? user.enterpriseName}
                    </span>
                  ),
                },
                { type: 'divider' },
                { key: 'password', icon: <KeyOutlined />, label: t('user.changePassword') },
                { key: 'logout', icon: <LogoutOutlined />, label: t('user.logout'), danger: true },
              ],
            }}
          >
            <Button type="text" className="user-button" aria-label={t('user.menu')}>
              <Avatar size="small" icon={<UserOutlined />} className="user-avatar" />
              {isPhone ? null : (
                <span className="user-button-text">
                  <span className="user-name">{user.displayName}</span>
                  <span className="user-role">{roleLabel}</span>
                </span>
              )}
              <DownOutlined className="user-caret" />
            </Button>
          </Dropdown>
        </div>
      </Layout.Header>
      <Layout>
        {isPhone ? (
          <Drawer
            placement="left"
            open={drawerOpen}
            onClose={() => setDrawerOpen(false)}
            size={260}
            title={user.tenantName}
            styles={{ body: { padding: 0 } }}
          >
            <nav aria-label={t('nav.label')}>{menu}</nav>
          </Drawer>
        ) : (
          <Layout.Sider theme="light" width={216} collapsedWidth={64} collapsed={collapsed} trigger={null} className="app-sider">
            <nav aria-label={t('nav.label')}>{menu}</nav>
          </Layout.Sider>
        )}
        <Layout.Content id="main" tabIndex={-1} className="app-content">
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
