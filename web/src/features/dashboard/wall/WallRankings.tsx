import type { Rankings } from '../api';
import { useT } from '../../../i18n/I18nProvider';
import { FigureLink } from '../shared/FigureLink';
import { formatRate } from '../shared/figure-path';
import { weightsText } from '../overview/RankingsTable';

const cell: React.CSSProperties = { padding: '6px 8px', borderBottom: '1px solid rgba(255,255,255,0.08)', fontSize: 17 };

/** The first ten units, large, for the wall. */
export function WallRankings({ data }: { data: Rankings | undefined }) {
  const t = useT();
  if (!data) return null;
  const rows = data.items.filter((i) => i.score !== null).slice(0, 10);
  return (
    <>
      <table style={{ width: '100%', borderCollapse: 'collapse', color: '#e6edf5' }}>
        <thead>
          <tr style={{ color: '#7fc4ff', textAlign: 'left' }}>
            <th style={cell}>{t('dashboard.ranking.rank')}</th>
            <th style={cell}>{t('dashboard.ranking.unit')}</th>
            <th style={cell}>{t('dashboard.ranking.score')}</th>
            <th style={cell}>{t('dashboard.ranking.completion')}</th>
            <th style={cell}>{t('dashboard.ranking.overdue')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.unit.id}>
              <td style={cell}>{r.rank}</td>
              <td style={cell}>{r.unit.name}</td>
              <td style={cell}>{r.score?.toFixed(1)}</td>
              <td style={cell}>
                <FigureLink figure={r.completionRate.numerator} style={{ color: '#cfe6ff' }}>
                  {formatRate(r.completionRate.rate)}
                </FigureLink>
              </td>
              <td style={cell}>
                <FigureLink figure={r.overdue} style={{ color: r.overdue.count ? '#ff7875' : '#cfe6ff' }} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div style={{ color: '#8fa6bf', fontSize: 13, marginTop: 6 }}>{weightsText(t, data.weights)}</div>
    </>
  );
}
