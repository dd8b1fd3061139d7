import { Tabs } from 'antd';
import { Outlet, Route, Routes, useLocation, useNavigate } from 'react-router';
import { useT } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/messages';
import { PartyOrgListPage } from './list/PartyOrgListPage';
import { PartyOrgDetailPage } from './detail/PartyOrgDetailPage';
import { RenewalsPage } from './renewals/RenewalsPage';
import { WeakLaxPage } from './weak-lax/WeakLaxPage';
import { WeakLaxDetailPage } from './weak-lax/WeakLaxDetailPage';
import { CoveragePage } from './coverage/CoveragePage';
import { StandardizationPage } from './others/StandardizationPage';
import { LiaisonPage } from './others/LiaisonPage';
import { EconomyPage } from './others/EconomyPage';

const sections: { path: string; label: MessageKey }[] = [
  { path: '', label: 'partyOrgs.nav.registry' },
  { path: 'renewals', label: 'partyOrgs.nav.renewals' },
  { path: 'weak-lax', label: 'partyOrgs.nav.weakLax' },
  { path: 'coverage', label: 'partyOrgs.nav.coverage' },
  { path: 'standardization', label: 'partyOrgs.nav.standardization' },
  { path: 'liaison-points', label: 'partyOrgs.nav.liaison' },
  { path: 'collective-economy', label: 'partyOrgs.nav.economy' },
];

/** The module's pages share one tab bar: each tab is its own URL, so figures elsewhere can open it. */
function Sections() {
  const t = useT();
  const navigate = useNavigate();
  const here =
    useLocation()
      .pathname.replace(/^\/party-orgs\/?/, '')
      .split('/')[0] ?? '';
  return (
    <>
      <Tabs
        activeKey={here}
        onChange={(k) => navigate(k ? `/party-orgs/${k}` : '/party-orgs')}
        items={sections.map((s) => ({ key: s.path, label: <span data-testid={`party-orgs-tab-${s.path || 'registry'}`}>{t(s.label)}</span> }))}
        style={{ marginBottom: 4 }}
        data-testid="party-orgs-tabs"
      />
      <Outlet />
    </>
  );
}

/** /party-orgs (组织体系) and its sections; /party-orgs/:id the organization's page. */
export default function PartyOrgsPage() {
  return (
    <Routes>
      <Route element={<Sections />}>
        <Route index element={<PartyOrgListPage />} />
        <Route path="renewals" element={<RenewalsPage />} />
        <Route path="weak-lax" element={<WeakLaxPage />} />
        <Route path="coverage" element={<CoveragePage />} />
        <Route path="standardization" element={<StandardizationPage />} />
        <Route path="liaison-points" element={<LiaisonPage />} />
        <Route path="collective-economy" element={<EconomyPage />} />
      </Route>
      <Route path="weak-lax/:id" element={<WeakLaxDetailPage />} />
      <Route path=":id" element={<PartyOrgDetailPage />} />
    </Routes>
  );
}
