import { Col, Row } from 'antd';
import { useT } from '../../../i18n/I18nProvider';
import { hasMessage } from '../../../i18n/messages';
import { isFigure, isRate, type ContributedFigure } from '../api';
import { CountCard, fillNodes, RateCard } from '../shared/StatCard';

/**
 * 问题整改, when the problem list contributes figures: counts (and counts by status) open the
 * problem list with the same filters; the rectification rate shows both counts.
 */
export function ProblemsPanel({ figures }: { figures: Record<string, ContributedFigure> }) {
  const t = useT();
  const label = (k: string) => {
    const key = `dashboard.problems.${k}`;
    if (hasMessage(key)) return t(key);
    const status = `problems.status.${k}`;
    return hasMessage(status) ? t(status) : k;
  };
  const cards: React.ReactNode[] = [];
  for (const [k, f] of Object.entries(figures)) {
    if (isRate(f)) {
      cards.push(
        // A phone gives the rate and its sentence a whole row; two counts share one.
        <Col key={k} xs={24} sm={12} md={6}>
          <RateCard title={label(k)} rate={f} testId={`fig-problems-${k}`} of={(num, den) => fillNodes(t('dashboard.problems.rateOf'), { num, den })} />
        </Col>,
      );
    } else if (isFigure(f)) {
      cards.push(
        <Col key={k} xs={12} md={6}>
          <CountCard title={label(k)} figure={f} testId={`fig-problems-${k}`} />
        </Col>,
      );
    } else {
      for (const [sub, g] of Object.entries(f)) {
        cards.push(
          <Col key={`${k}.${sub}`} xs={12} md={6}>
            <CountCard title={label(sub)} figure={g} testId={`fig-problems-${k}-${sub}`} />
          </Col>,
        );
      }
    }
  }
  return (
    <Row gutter={[12, 12]} data-testid="dash-problems">
      {cards}
    </Row>
  );
}
