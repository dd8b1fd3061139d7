import type { ReactNode } from 'react';
import type { Figure, RateFigure } from '../api';
import { FigureLink } from '../shared/FigureLink';
import { formatRate } from '../shared/figure-path';
import styles from '../shared/dashboard.module.css';

export function WallCount({ title, figure, color, testId }: { title: string; figure: Figure; color?: string; testId: string }) {
  return (
    <div className={styles.wallPanel}>
      <div className={styles.wallStatTitle}>{title}</div>
      <FigureLink figure={figure} className={styles.wallStatValue} style={{ color }} data-testid={testId} />
    </div>
  );
}

export function WallRate({ title, rate, of, testId }: { title: string; rate: RateFigure; of: (num: ReactNode, den: ReactNode) => ReactNode; testId: string }) {
  return (
    <div className={styles.wallPanel}>
      <div className={styles.wallStatTitle}>{title}</div>
      <FigureLink figure={rate.numerator} className={styles.wallStatValue} data-testid={testId}>
        {formatRate(rate.rate)}
      </FigureLink>
      <div className={styles.wallStatFoot}>{of(<FigureLink figure={rate.numerator} />, <FigureLink figure={rate.denominator} />)}</div>
    </div>
  );
}

export function WallPanel({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className={styles.wallPanel}>
      <div className={styles.wallPanelTitle}>{title}</div>
      {children}
    </div>
  );
}
