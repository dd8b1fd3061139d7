import { useEffect, useRef } from 'react';
import { Checkbox, Tag } from 'antd';
import { useT } from '../../../i18n/I18nProvider';
import { isPublished, walk, type ItemKind, type ReviewItem } from './outline';
import styles from './review.module.css';

const kindColor: Record<ItemKind, string> = { task: 'red', heading: 'blue', review: 'default', principle: 'purple', paragraph: 'default' };

interface Props {
  items: ReviewItem[];
  selected: string | null;
  onSelect: (uid: string) => void;
  onCheck: (uid: string, checked: boolean) => void;
}

/** The outline as indented rows: tick to publish, click to select (and light up its text). */
export function OutlineTree({ items, selected, onSelect, onCheck }: Props) {
  const t = useT();
  const box = useRef<HTMLDivElement>(null);
  const rows: { item: ReviewItem; depth: number }[] = [];
  walk(items, (item, depth) => rows.push({ item, depth }));

  useEffect(() => {
    if (!selected) return;
    const el = box.current?.querySelector<HTMLElement>(`[data-uid="${selected}"]`);
    el?.scrollIntoView({ block: 'nearest' });
  }, [selected]);

  return (
    <div ref={box} className={styles.outline} data-testid="review-outline">
      {rows.map(({ item, depth }) => {
        const published = isPublished(item);
        return (
          <div
            key={item.uid}
            data-uid={item.uid}
            data-testid="review-item"
            data-kind={item.kind}
            data-selected={item.uid === selected || undefined}
            className={`${styles.row} ${item.uid === selected ? styles.selected : ''} ${published ? '' : styles.muted}`}
            style={{ paddingInlineStart: 8 + depth * 20 }}
            onClick={() => onSelect(item.uid)}
          >
            <Checkbox
              checked={item.checked}
              indeterminate={!item.checked && published}
              onClick={(e) => e.stopPropagation()}
              onChange={(e) => onCheck(item.uid, e.target.checked)}
              data-testid="review-item-check"
            />
            <Tag color={kindColor[item.kind]} className={styles.kind}>
              {t(`ledgerSources.review.itemKind.${item.kind}`)}
            </Tag>
            <span className={styles.title}>
              {item.number && <span className={styles.number}>{item.number}</span>}
              {item.title}
            </span>
            {item.leadUnitId !== null && <span className={styles.dot} title={t('ledgerSources.review.leadUnit')} />}
          </div>
        );
      })}
    </div>
  );
}
