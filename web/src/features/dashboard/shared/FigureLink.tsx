import type { CSSProperties, ReactNode } from 'react';
import { Link } from 'react-router';
import type { Figure } from '../api';
import { pagePathFor } from './figure-path';

interface Props {
  figure: Figure;
  children?: ReactNode;
  'data-testid'?: string;
  style?: CSSProperties;
  className?: string;
  title?: string;
}

/** A number that opens the list it counts, with the same filters (每个数字都可点开). */
export function FigureLink({ figure, children, ...rest }: Props) {
  return (
    <Link to={pagePathFor(figure.list)} data-count={figure.count} {...rest}>
      {children ?? figure.count}
    </Link>
  );
}
