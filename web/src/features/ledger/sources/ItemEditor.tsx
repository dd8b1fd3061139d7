import { useRef } from 'react';
import { Alert, Button, Checkbox, DatePicker, Empty, Form, Input, Select, Space, Tooltip } from 'antd';
import {
  ArrowDownOutlined,
  ArrowUpOutlined,
  CopyOutlined,
  DeleteOutlined,
  MenuFoldOutlined,
  MenuUnfoldOutlined,
  MergeCellsOutlined,
  ScissorOutlined,
  UnorderedListOutlined,
} from '@ant-design/icons';
import { useT } from '../../../i18n/I18nProvider';
import type { TreeUnit } from '../../units/api';
import { UnitTreeSelect } from '../../units/UnitTreeSelect';
import { categories, type Category } from '../model';
import { UnitsSelect } from '../../units/UnitsSelect';
import { sentencesOf, type ItemKind, type ReviewItem } from './outline';
import styles from './review.module.css';
import { fromDay, toDay } from '../../../lib/date-field';

const kinds: ItemKind[] = ['task', 'heading', 'review', 'principle', 'paragraph'];

export type EditorOp = 'merge' | 'split' | 'sentences' | 'duplicate' | 'indent' | 'outdent' | 'up' | 'down' | 'remove';

interface Props {
  item: ReviewItem | undefined;
  units: TreeUnit[];
  onChange: (patch: Partial<ReviewItem>) => void;
  /** `at`: the cursor in the item's text, for a split. */
  onOp: (op: EditorOp, at?: number) => void;
}

/** Everything about one outline item; every keystroke goes straight into the saved draft. */
export function ItemEditor({ item, units, onChange, onOp }: Props) {
  const t = useT();
  const cursor = useRef(0);
  if (!item) return <Empty className={styles.editor} description={t('ledgerSources.review.noItem')} />;
  const remember = (e: React.SyntheticEvent<HTMLTextAreaElement>) => {
    cursor.current = e.currentTarget.selectionStart;
  };
  // The words each date came from, beside the date: the deadline's phrase and any earlier milestones.
  const milestones = item.milestones ?? [];
  const deadlineExtra =
    item.deadlinePhrase || milestones.length > 0 ? (
      <span data-testid="review-deadline-phrase">
        {item.deadlinePhrase && t('ledgerSources.review.deadlinePhrase', { phrase: item.deadlinePhrase })}
        {milestones.length > 0 && (
          <div>{t('ledgerSources.review.milestonesPhrase', { list: milestones.map((m) => `${m.date}（${m.phrase}）`).join('；') })}</div>
        )}
      </span>
    ) : undefined;
  // Each tool says what it does in words beside its icon: an icon alone left users guessing (issue #9).
  const tool = (op: EditorOp, label: string, icon: React.ReactNode, opts: { danger?: boolean; disabled?: boolean; hint?: string } = {}) => (
    <Tooltip title={opts.hint}>
      <Button size="small" icon={icon} danger={opts.danger} disabled={opts.disabled} onClick={() => onOp(op, cursor.current)} data-testid={`review-op-${op}`}>
        {label}
      </Button>
    </Tooltip>
  );
  const sentences = sentencesOf(item.text).length;
  return (
    <div className={styles.editor} data-testid="review-editor">
      <Space wrap style={{ marginBottom: 12 }}>
        {tool('merge', t('ledgerSources.review.merge'), <MergeCellsOutlined />)}
        {tool('split', t('ledgerSources.review.split'), <ScissorOutlined />, { hint: t('ledgerSources.review.splitHint') })}
        {tool('sentences', t('ledgerSources.review.splitSentences'), <UnorderedListOutlined />, {
          disabled: sentences === 0,
          hint: sentences ? t('ledgerSources.review.splitSentencesHint', { count: sentences }) : t('ledgerSources.review.splitSentencesNone'),
        })}
        {tool('duplicate', t('ledgerSources.review.duplicate'), <CopyOutlined />)}
        {tool('outdent', t('ledgerSources.review.outdent'), <MenuFoldOutlined />)}
        {tool('indent', t('ledgerSources.review.indent'), <MenuUnfoldOutlined />)}
        {tool('up', t('ledgerSources.review.moveUp'), <ArrowUpOutlined />)}
        {tool('down', t('ledgerSources.review.moveDown'), <ArrowDownOutlined />)}
        {tool('remove', t('ledgerSources.review.remove'), <DeleteOutlined />, { danger: true })}
      </Space>
      <Form layout="vertical" size="small" name="reviewItem" component="div">
        <Space wrap>
          <Form.Item label={t('ledgerSources.review.publishItem')}>
            <Checkbox checked={item.checked} onChange={(e) => onChange({ checked: e.target.checked })} data-testid="review-publish" />
          </Form.Item>
          <Form.Item label={t('ledgerSources.review.kind')}>
            <Select
              value={item.kind}
              style={{ width: 110 }}
              onChange={(kind: ItemKind) => onChange({ kind, checked: kind === 'task' ? true : item.checked })}
              options={kinds.map((k) => ({ value: k, label: t(`ledgerSources.review.itemKind.${k}`) }))}
              data-testid="review-kind"
            />
          </Form.Item>
          <Form.Item label={t('ledgerSources.review.number')}>
            <Input value={item.number} onChange={(e) => onChange({ number: e.target.value })} style={{ width: 80 }} maxLength={32} />
          </Form.Item>
          <Form.Item label={t('ledgerSources.review.key')}>
            <Checkbox checked={item.key} onChange={(e) => onChange({ key: e.target.checked })} />
          </Form.Item>
        </Space>
        {item.kind === 'heading' && <Alert type="info" showIcon title={t('ledgerSources.review.headingHint')} style={{ marginBottom: 8 }} />}
        <Form.Item label={t('ledgerSources.review.itemTitle')}>
          <Input.TextArea
            autoSize={{ minRows: 1, maxRows: 4 }}
            value={item.title}
            maxLength={500}
            onChange={(e) => onChange({ title: e.target.value })}
            data-testid="review-title"
          />
        </Form.Item>
        <Form.Item label={t('ledgerSources.review.itemText')} extra={t('ledgerSources.review.splitHint')}>
          <Input.TextArea
            autoSize={{ minRows: 3, maxRows: 10 }}
            value={item.text}
            onChange={(e) => {
              remember(e);
              onChange({ text: e.target.value });
            }}
            onSelect={remember}
            onClick={remember}
            onKeyUp={remember}
            data-testid="review-text"
          />
        </Form.Item>
        {item.unmatched.length > 0 && (
          <Alert type="warning" showIcon title={t('ledgerSources.review.unmatchedUnits', { names: item.unmatched.join('、') })} style={{ marginBottom: 8 }} />
        )}
        <Form.Item label={t('ledgerSources.review.leadUnit')}>
          <UnitTreeSelect
            units={units}
            value={item.leadUnitId}
            allowClear
            onChange={(v) => onChange({ leadUnitId: v })}
            style={{ width: '100%' }}
            data-testid="review-lead"
          />
        </Form.Item>
        <Form.Item label={t('ledgerSources.review.supportingUnits')}>
          <UnitsSelect
            units={units}
            value={item.supportingUnitIds}
            onChange={(v) => onChange({ supportingUnitIds: v })}
            style={{ width: '100%' }}
            data-testid="review-supporting"
          />
        </Form.Item>
        <Space wrap>
          <Form.Item label={t('ledgerSources.review.ownerName')}>
            <Input value={item.ownerName} onChange={(e) => onChange({ ownerName: e.target.value })} maxLength={64} style={{ width: 120 }} />
          </Form.Item>
          <Form.Item label={t('ledgerSources.review.deadline')} extra={deadlineExtra}>
            <DatePicker
              value={fromDay(item.deadline)}
              onChange={(d) => onChange({ deadline: toDay(d) })}
              // A date typed into a filled field replaces the one there (it used to be appended, refused, and the old date kept).
              onFocus={(e) => (e.target as HTMLInputElement).select()}
              data-testid="review-deadline"
            />
          </Form.Item>
          <Form.Item label={t('ledgerSources.review.category')}>
            <Select<Category>
              value={item.category}
              style={{ width: 120 }}
              onChange={(category) => onChange({ category })}
              options={categories.map((c) => ({ value: c, label: t(`ledger.category.${c}`) }))}
            />
          </Form.Item>
        </Space>
      </Form>
    </div>
  );
}
