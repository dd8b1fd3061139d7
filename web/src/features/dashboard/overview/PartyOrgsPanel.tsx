import { Col, Row } from 'antd';
import { useT } from '../../../i18n/I18nProvider';
import { hasMessage } from '../../../i18n/messages';
import { isFigure, isRate, type ContributedFigure } from '../api';
import { CountCard } from '../shared/StatCard';
import { LIGHT_COLORS } from '../charts/colors';

/**
 * 党组织, when the party organizations contribute figures: organizations, renewals overdue and due
 * within 6 months, weak-and-lax by stage; each count opens its list (the renewals, the weak-and-lax ledger).
 */
export function PartyOrgsPanel({ figures }: { figures: Record<string, ContributedFigure> }) {
  const t = useT();
  const label = (k: string) => {
    const key = `partyOrgs.dashboard.${k}`;
    return hasMessage(key) ? t(key) : k;
  };
  const color: Record<string, string> = { renewalsOverdue: LIGHT_COLORS.red, renewalsDueSoon: LIGHT_COLORS.yellow };
  const cards: React.ReactNode[] = [];
  for (const [k, f] of Object.entries(figures)) {
    if (isFigure(f)) {
      cards.push(
        <Col key={k} xs={12} md={6} xl={4}>
          <CountCard title={label(k)} figure={f} testId={`fig-partyOrgs-${k}`} color={color[k]} />
        </Col>,
      );
    } else if (!isRate(f)) {
      for (const [sub, g] of Object.entries(f)) {
        cards.push(
          <Col key={`${k}.${sub}`} xs={12} md={6} xl={4}>
            <CountCard title={label(`${k}.${sub}`)} figure={g} testId={`fig-partyOrgs-${k}-${sub}`} />
          </Col>,
        );
      }
    }
  }
  return (
    <Row gutter={[12, 12]} data-testid="dash-party-orgs">
      {cards}
    </Row>
  );
}
