import { useCallback, useEffect, useState } from 'react';
import { Alert, App, Button, Card, Input, Space, Spin, Typography } from 'antd';
import { ArrowLeftOutlined, FileExcelOutlined, FileWordOutlined, SaveOutlined, SendOutlined } from '@ant-design/icons';
import { Link, useParams } from 'react-router';
import { useT } from '../../i18n/I18nProvider';
import { usePageTitle } from '../../lib/use-page-title';
import { errorText } from '../../lib/error-text';
import { isApiError } from '../../api/errors';
import { briefingsApi, type Briefing, type SectionKey } from './api';
import { changesOf, clearDraft, readDraft, rebase, writeDraft, type EditDraft } from './edit-draft';
import { BriefingStatusTag } from './BriefingStatusTag';
import { OverdueTable, UnitsTable } from './BriefingTables';
import { useDownload } from './download';

type Typed = Pick<EditDraft, 'title' | 'sections'>;

const fromServer = (b: Briefing): Typed => ({ title: b.title, sections: Object.fromEntries(b.content.sections.map((s) => [s.key, s.text])) });

/**
 * A briefing's draft: the title and each section's text are editable, the tables are the ledger's.
 * Typing is kept in sessionStorage until saved; a save on a stale version (409) loads the other
 * person's copy and keeps the typing for a second save.
 */
export function BriefingEditorPage() {
  const t = useT();
  const { message, modal } = App.useApp();
  const id = Number(useParams().id);
  const [b, setB] = useState<Briefing>();
  const [error, setError] = useState<unknown>();
  const [typed, setTyped] = useState<Typed | null>(null);
  const [restored, setRestored] = useState(false);
  const [saving, setSaving] = useState(false);
  const [issuing, setIssuing] = useState(false);
  const { busy, download } = useDownload();
  usePageTitle(b?.title ?? t('briefings.title'));

  const load = useCallback(async () => {
    try {
      const fresh = await briefingsApi.get(id);
      setB(fresh);
      setError(undefined);
      return fresh;
    } catch (err) {
      setError(err);
      return undefined;
    }
  }, [id]);

  useEffect(() => {
    setTyped(null);
    void load().then((fresh) => {
      if (!fresh) return;
      const stored = fresh.status === 'draft' ? readDraft(id) : null;
      const merged = stored ? { title: stored.title || fresh.title, sections: { ...fromServer(fresh).sections, ...stored.sections } } : null;
      if (merged && changesOf(fresh, merged)) {
        setTyped(merged);
        setRestored(true);
      } else {
        clearDraft(id);
        setTyped(fromServer(fresh));
      }
    });
  }, [id, load]);

  /** Keeps only what the user changed, so untouched sections follow the server's copy. */
  const remember = (base: Briefing, next: Typed) => {
    const changes = changesOf(base, next);
    if (changes) writeDraft(id, { baseVersion: base.version, title: changes.title ?? '', sections: changes.sections ?? {} });
    else clearDraft(id);
  };

  const change = (next: Typed) => {
    setTyped(next);
    if (b) remember(b, next);
  };

  /** Saves what differs; true when nothing is left unsaved. */
  const save = async (): Promise<boolean> => {
    if (!b || !typed) return false;
    const changes = changesOf(b, typed);
    if (!changes) return true;
    setSaving(true);
    try {
      const saved = await briefingsApi.edit(id, { version: b.version, ...changes });
      setB(saved);
      clearDraft(id);
      setRestored(false);
      message.success(t('briefings.editor.saved'));
      return true;
    } catch (err) {
      if (isApiError(err) && err.status === 409) {
        if (err.code === 'briefing.stale') message.warning({ content: t('briefings.editor.stale'), duration: 6 });
        else message.error(errorText(err, t));
        const latest = await load();
        if (latest) {
          const next = rebase(b, latest, typed); // their copy, with the user's edits kept on top
          setTyped(next);
          remember(latest, next);
        }
      } else {
        message.error(errorText(err, t));
      }
      return false;
    } finally {
      setSaving(false);
    }
  };

  const issue = () => {
    modal.confirm({
      title: t('briefings.editor.issue'),
      content: t('briefings.editor.issueConfirm'),
      okButtonProps: { 'data-testid': 'briefing-issue-confirm' } as Record<string, string>,
      onOk: async () => {
        if (!(await save())) return;
        setIssuing(true);
        try {
          const current = await briefingsApi.get(id);
          const issued = await briefingsApi.issue(id, current.version);
          setB(issued);
          setTyped(fromServer(issued));
          clearDraft(id);
          message.success(t('briefings.editor.issued'));
        } catch (err) {
          message.error(errorText(err, t));
          await load();
        } finally {
          setIssuing(false);
        }
      },
    });
  };

  if (error && !b) return <Alert type="error" showIcon title={errorText(error, t)} />;
  if (!b || !typed) return <Spin size="large" style={{ display: 'block', margin: '64px auto' }} />;

  const draft = b.status === 'draft';
  const dirty = draft && changesOf(b, typed) !== null;
  const f = b.content.figures;
  const setSection = (key: SectionKey, text: string) => change({ ...typed, sections: { ...typed.sections, [key]: text } });

  return (
    <Card
      data-testid="briefing-editor"
      title={
        <Space>
          <Link to="/briefings">
            <ArrowLeftOutlined /> {t('briefings.editor.back')}
          </Link>
          <BriefingStatusTag status={b.status} />
          {dirty && (
            <Typography.Text type="warning" style={{ fontWeight: 'normal' }}>
              {t('briefings.editor.unsaved')}
            </Typography.Text>
          )}
        </Space>
      }
      extra={
        <Space wrap>
          {draft && (
            <Button icon={<SaveOutlined />} onClick={() => void save()} loading={saving} disabled={!dirty} data-testid="briefing-save">
              {t('briefings.editor.save')}
            </Button>
          )}
          {draft && (
            <Button type="primary" icon={<SendOutlined />} onClick={issue} loading={issuing} data-testid="briefing-issue">
              {t('briefings.editor.issue')}
            </Button>
          )}
          <Button
            icon={<FileWordOutlined />}
            loading={busy === briefingsApi.docxUrl(id)}
            onClick={() => void download(briefingsApi.docxUrl(id))}
            data-testid="briefing-docx"
          >
            {t('briefings.docx')}
          </Button>
          <Button
            icon={<FileExcelOutlined />}
            loading={busy === briefingsApi.xlsxUrl(id)}
            onClick={() => void download(briefingsApi.xlsxUrl(id))}
            data-testid="briefing-xlsx"
          >
            {t('briefings.xlsx')}
          </Button>
        </Space>
      }
    >
      {restored && draft && (
        <Alert
          type="info"
          showIcon
          data-testid="draft-restored"
          title={t('briefings.editor.draftRestored')}
          action={
            <Button size="small" type="link" onClick={() => (clearDraft(id), setTyped(fromServer(b)), setRestored(false))}>
              {t('briefings.editor.discard')}
            </Button>
          }
          style={{ marginBottom: 16 }}
        />
      )}
      {!draft && <Alert type="success" showIcon title={t('briefings.editor.frozen', { date: (b.issuedAt ?? '').slice(0, 10) })} style={{ marginBottom: 16 }} />}

      <div style={{ maxWidth: 920, margin: '0 auto' }}>
        {draft ? (
          <Input
            value={typed.title}
            onChange={(e) => change({ ...typed, title: e.target.value })}
            size="large"
            maxLength={200}
            style={{ textAlign: 'center', fontWeight: 600, fontSize: 20, marginBottom: 8 }}
            aria-label={t('briefings.editor.title')}
            data-testid="briefing-title"
          />
        ) : (
          <Typography.Title level={3} style={{ textAlign: 'center' }} data-testid="briefing-title-text">
            {b.title}
          </Typography.Title>
        )}
        <Typography.Paragraph type="secondary" style={{ textAlign: 'center' }}>
          {t('briefings.editor.issuer', { issuer: b.content.issuer })}
          {'　'}
          {t('briefings.editor.period', { from: f.from, to: f.to, asOf: f.asOf })}
        </Typography.Paragraph>

        {b.content.sections.map((s) => (
          <section key={s.key} style={{ marginBottom: 20 }} data-testid={`section-${s.key}`}>
            <Typography.Title level={5}>{s.heading}</Typography.Title>
            {draft ? (
              <Input.TextArea
                value={typed.sections[s.key] ?? s.text}
                onChange={(e) => setSection(s.key, e.target.value)}
                autoSize={{ minRows: 2, maxRows: 16 }}
                maxLength={20000}
                aria-label={s.heading}
                data-testid={`section-text-${s.key}`}
              />
            ) : (
              s.text.split('\n').map((p, i) => (
                <Typography.Paragraph key={i} style={{ textIndent: '2em', marginBottom: 6 }}>
                  {p}
                </Typography.Paragraph>
              ))
            )}
            {s.key === 'table' && (
              <div style={{ marginTop: 8 }}>
                <UnitsTable figures={f} />
                {draft && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('briefings.editor.readOnlyTable')}
                  </Typography.Text>
                )}
              </div>
            )}
            {s.key === 'overdue' && (
              <div style={{ marginTop: 8 }}>
                <OverdueTable figures={f} />
              </div>
            )}
          </section>
        ))}
      </div>
    </Card>
  );
}
