import type { ReactNode } from 'react';
import { Card, Tooltip } from 'antd';
import type { Figure, RateFigure } from '../api';
import { FigureLink } from './FigureLink';
import { formatRate } from './figure-path';
import styles from './dashboard.module.css';

interface CountProps {
  title: string;
  figure: Figure;
  hint?: string;
  color?: string;
  testId: string;
  footer?: ReactNode;
}

/** One big number, a link to the rows it counts. */
export function CountCard({ title, figure, hint, color, testId, footer }: CountProps) {
  return (
    <Card size="small" className={styles.stat}>
      <Tooltip title={hint}>
        <div className={styles.statTitle}>{title}</div>
      </Tooltip>
      <FigureLink figure={figure} data-testid={testId} className={styles.statValue} style={{ color }}>
        {figure.count}
      </FigureLink>
      {footer && <div className={styles.statFoot}>{footer}</div>}
    </Card>
  );
}

interface RateProps {
  title: string;
  rate: RateFigure;
  /** The sentence under the rate, with {num} and {den} replaced by links to both lists. */
  of: (num: ReactNode, den: ReactNode) => ReactNode;
  testId: string;
}

/** A rate and the two counts it comes from, each opening its list. */
export function RateCard({ title, rate, of, testId }: RateProps) {
  return (
    <Card size="small" className={styles.stat}>
      <div className={styles.statTitle}>{title}</div>
      <FigureLink figure={rate.numerator} data-testid={testId} className={styles.statValue}>
        {formatRate(rate.rate)}
      </FigureLink>
      <div className={styles.statFoot}>
        {of(<FigureLink figure={rate.numerator} data-testid={`${testId}-num`} />, <FigureLink figure={rate.denominator} data-testid={`${testId}-den`} />)}
      </div>
    </Card>
  );
}

/** Fills `{num}` and `{den}` of a translated sentence with nodes. */
export function fillNodes(template: string, nodes: Record<string, ReactNode>): ReactNode[] {
  return template.split(/(\{\w+\})/).map((part, i) => {
    const m = /^\{(\w+)\}$/.exec(part);
    return m && m[1] in nodes ? <span key={i}>{nodes[m[1]]}</span> : part;
  });
}
