import { useMemo, useState } from 'react';
import { Alert, App, Button, Card, Col, DatePicker, Form, Input, Row, Select, Space, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { useT } from '../../../i18n/I18nProvider';
import { isApiError } from '../../../api/errors';
import { errorText } from '../../../lib/error-text';
import { useUnitTree } from '../../units/use-unit-tree';
import { sourceKinds, type SourceKind } from '../model';
import { sourcesApi, type DraftItem } from '../api';
import { SourceText } from '../shared/SourceText';
import {
  countDrafts,
  duplicateItem,
  findItem,
  indentItem,
  itemAtOffset,
  mergeWithNext,
  moveItem,
  outdentItem,
  removeItem,
  splitBySentence,
  splitItem,
  toDraftItems,
  updateItem,
  walk,
  type ReviewItem,
} from './outline';
import type { ReviewDraft } from './use-review-draft';
import { OutlineTree } from './OutlineTree';
import { DuplicateSources } from './DuplicateSources';
import { ItemEditor, type EditorOp } from './ItemEditor';
import { affectedBy, keys } from '../../../api/keys';
import { useInvalidate } from '../../../api/use-invalidate';
import { fromDay, toDay } from '../../../lib/date-field';

interface Props {
  draft: ReviewDraft;
  restored: boolean;
  update: (fn: (d: ReviewDraft) => ReviewDraft) => void;
  onRestart: () => void;
  onPublished: () => void;
}

/** `body.items.0.children.2.leadUnitId` → the title of that draft item, for the error list. */
function titleAt(drafts: DraftItem[], field: string): string | null {
  const m = /^body\.items\.(\d+(?:\.children\.\d+)*)/.exec(field);
  if (!m) return null;
  let list = drafts;
  let item: DraftItem | undefined;
  for (const n of m[1].split('.children.')) {
    item = list[Number(n)];
    list = item?.children ?? [];
  }
  return item?.title ?? null;
}

/** 第二步: the source text and the outline side by side, linked both ways; edit, then publish. */
export function ReviewScreen({ draft, restored, update, onRestart, onPublished }: Props) {
  const t = useT();
  const navigate = useNavigate();
  const { modal, message } = App.useApp();
  const tree = useUnitTree();
  const invalidate = useInvalidate();
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<string[] | null>(null);
  const selected = draft.selected ? findItem(draft.items, draft.selected) : undefined;
  const drafts = useMemo(() => toDraftItems(draft.items), [draft.items]);
  const counts = countDrafts(drafts);
  const cuts = useMemo(() => {
    const out: number[] = [];
    walk(draft.items, (it) => out.push(it.start, it.end));
    return out;
  }, [draft.items]);

  const setItems = (fn: (items: ReviewItem[]) => ReviewItem[], select?: string | null) =>
    update((d) => ({ ...d, items: fn(d.items), selected: select === undefined ? d.selected : select }));
  const setMeta = (patch: Partial<ReviewDraft['meta']>) => update((d) => ({ ...d, meta: { ...d.meta, ...patch } }));
  const select = (uid: string | null) => update((d) => ({ ...d, selected: uid }));

  const op = (kind: EditorOp, at?: number) => {
    if (!selected) return;
    const uid = selected.uid;
    switch (kind) {
      case 'merge':
        return setItems((items) => mergeWithNext(items, uid));
      case 'split':
        return setItems((items) => splitItem(items, uid, at ?? 0, draft.text));
      case 'sentences':
        return setItems((items) => splitBySentence(items, uid, draft.text));
      case 'duplicate':
        return setItems((items) => duplicateItem(items, uid));
      case 'indent':
        return setItems((items) => indentItem(items, uid));
      case 'outdent':
        return setItems((items) => outdentItem(items, uid));
      case 'up':
        return setItems((items) => moveItem(items, uid, -1));
      case 'down':
        return setItems((items) => moveItem(items, uid, 1));
      case 'remove':
        return setItems((items) => removeItem(items, uid), null);
    }
  };

  const publish = async (dispatch: boolean) => {
    setErrors(null);
    if (counts.total === 0) {
      setErrors([t('ledgerSources.review.nothingChecked')]);
      return;
    }
    setBusy(true);
    try {
      const r = await sourcesApi.publish({
        ...draft.meta,
        title: draft.meta.title.trim(),
        text: draft.text,
        items: drafts,
        dispatch,
        ...(draft.sourceId ? { sourceId: draft.sourceId } : {}),
      });
      void invalidate(keys.sources.all, ...affectedBy('task'));
      message.success(t('ledgerSources.review.published', { count: r.taskIds.length }));
      onPublished();
      navigate(`/ledger?sourceId=${r.id}`);
    } catch (err) {
      const lines = isApiError(err)
        ? err.errors.map((e) => {
            const title = titleAt(drafts, e.field);
            return title ? `“${title}”${t('common.colon')}${e.message.replace(/^[\w.]+: /, '')}` : e.message;
          })
        : [];
      setErrors([errorText(err, t), ...lines]);
    } finally {
      setBusy(false);
    }
  };

  const confirmDispatch = () =>
    modal.confirm({
      title: t('ledgerSources.review.publishDispatch'),
      width: 520,
      content: (
        <>
          <p>{t('ledgerSources.review.publishDispatchConfirm', { count: counts.total, lead: counts.withLead })}</p>
          {counts.leadWithoutDeadline.length > 0 && (
            <Alert
              type="warning"
              showIcon
              data-testid="review-missing-deadline"
              title={t('ledgerSources.review.missingDeadline', { count: counts.leadWithoutDeadline.length })}
              description={
                <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                  {counts.leadWithoutDeadline.slice(0, 8).map((x, i) => (
                    <li key={i}>{x}</li>
                  ))}
                </ul>
              }
            />
          )}
        </>
      ),
      okButtonProps: { 'data-testid': 'publish-dispatch-confirm' },
      onOk: () => publish(true),
    });

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="source-review">
      {restored && <Alert type="info" showIcon title={t('ledgerSources.review.draftRestored')} />}
      <Card
        size="small"
        title={t('ledgerSources.review.title')}
        extra={
          <Space>
            <Typography.Text type="secondary" data-testid="review-count">
              {t('ledgerSources.review.selected', { count: counts.total })}
            </Typography.Text>
            <Button
              onClick={() => modal.confirm({ title: t('ledgerSources.review.restart'), content: t('ledgerSources.review.restartConfirm'), onOk: onRestart })}
            >
              {t('ledgerSources.review.restart')}
            </Button>
            <Button loading={busy} onClick={() => void publish(false)} data-testid="review-publish-draft">
              {t('ledgerSources.review.publish')}
            </Button>
            <Button type="primary" loading={busy} onClick={confirmDispatch} data-testid="review-publish-dispatch">
              {t('ledgerSources.review.publishDispatch')}
            </Button>
          </Space>
        }
      >
        <Form layout="inline" name="sourceMeta" component="div" style={{ rowGap: 8 }}>
          <Form.Item label={t('ledgerSources.review.kind')}>
            <Select<SourceKind>
              value={draft.meta.kind}
              onChange={(kind) => setMeta({ kind })}
              style={{ width: 120 }}
              options={sourceKinds.map((k) => ({ value: k, label: t(`ledger.sourceKind.${k}`) }))}
              data-testid="review-source-kind"
            />
          </Form.Item>
          <Form.Item label={t('ledgerSources.review.docTitle')} required>
            <Input
              value={draft.meta.title}
              onChange={(e) => setMeta({ title: e.target.value })}
              style={{ width: 380 }}
              maxLength={300}
              data-testid="review-source-title"
            />
          </Form.Item>
          <Form.Item label={t('ledgerSources.review.date')}>
            <DatePicker value={fromDay(draft.meta.date)} onChange={(d) => setMeta({ date: toDay(d) })} />
          </Form.Item>
          <Form.Item label={t('ledgerSources.review.issuer')}>
            <Input value={draft.meta.issuer ?? ''} onChange={(e) => setMeta({ issuer: e.target.value || null })} style={{ width: 160 }} maxLength={100} />
          </Form.Item>
        </Form>
        <DuplicateSources title={draft.meta.title} text={draft.text} exceptId={draft.sourceId} />
        {errors && (
          <Alert
            type="error"
            showIcon
            style={{ marginTop: 12 }}
            data-testid="review-errors"
            title={errors[0]}
            description={
              errors.length > 1 ? (
                <ul style={{ margin: 0 }}>
                  {errors.slice(1).map((e) => (
                    <li key={e}>{e}</li>
                  ))}
                </ul>
              ) : undefined
            }
          />
        )}
      </Card>
      <Row gutter={12}>
        <Col xs={24} xl={8}>
          <Card
            size="small"
            title={t('ledgerSources.review.outline')}
            extra={
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('ledgerSources.review.outlineHint')}
              </Typography.Text>
            }
          >
            <OutlineTree
              items={draft.items}
              selected={draft.selected}
              onSelect={select}
              onCheck={(uid, checked) => setItems((items) => updateItem(items, uid, { checked }))}
            />
          </Card>
        </Col>
        <Col xs={24} xl={7}>
          <Card size="small" title={selected ? `${selected.number} ${selected.title}`.trim().slice(0, 30) : ' '}>
            <ItemEditor
              item={selected}
              units={tree.units}
              onChange={(patch) => selected && setItems((items) => updateItem(items, selected.uid, patch))}
              onOp={op}
            />
          </Card>
        </Col>
        <Col xs={24} xl={9}>
          <Card size="small" title={t('ledgerSources.review.text')}>
            <SourceText
              text={draft.text}
              cuts={cuts}
              highlight={selected ? { start: selected.start, end: selected.end } : null}
              onPick={(offset) => {
                const hit = itemAtOffset(draft.items, offset);
                if (hit) select(hit.uid);
              }}
            />
          </Card>
        </Col>
      </Row>
    </Space>
  );
}
