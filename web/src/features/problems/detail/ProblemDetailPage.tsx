import { useState } from 'react';
import { Alert, App, Button, Card, Result, Space, Spin } from 'antd';
import { ArrowLeftOutlined, PlusOutlined, SendOutlined } from '@ant-design/icons';
import { useNavigate, useParams } from 'react-router';
import { useT } from '../../../i18n/I18nProvider';
import { isApiError } from '../../../api/errors';
import { errorText } from '../../../lib/error-text';
import { usePageTitle } from '../../../lib/use-page-title';
import { useUnitTree } from '../../units/use-unit-tree';
import { problemsApi, type Prompt } from '../api';
import { useCategories } from '../shared/use-categories';
import { useProblem } from './use-problem';
import { ProblemSteps } from './ProblemSteps';
import { ProblemFacts } from './ProblemFacts';
import { ProblemWarnings } from './ProblemWarnings';
import { MeasuresTable } from './MeasuresTable';
import { MeasureModal } from './MeasureModal';
import { AcceptanceCard } from './AcceptanceCard';
import { AcceptModal, type AcceptMode } from './AcceptModal';
import { EditProblemModal } from './EditProblemModal';

export function ProblemDetailPage() {
  const t = useT();
  const navigate = useNavigate();
  const { message, modal } = App.useApp();
  const id = Number(useParams().id);
  const problem = useProblem(id);
  const tree = useUnitTree();
  const categories = useCategories();
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState(false);
  const [accepting, setAccepting] = useState<AcceptMode | null>(null);
  const [added, setAdded] = useState<Prompt[]>([]);
  usePageTitle(problem.data?.finding.slice(0, 30) ?? t('problems.title'));

  if (problem.error != null && !problem.data) {
    const notFound = isApiError(problem.error) && (problem.error.status === 404 || problem.error.status === 403);
    return (
      <Result
        status={notFound ? '404' : 'error'}
        title={notFound ? t('problems.detail.notFound') : errorText(problem.error, t)}
        extra={<Button onClick={() => navigate('/problems')}>{t('problems.detail.back')}</Button>}
      />
    );
  }
  if (!problem.data) return <Spin style={{ display: 'block', margin: 80 }} />;
  const p = problem.data;
  const can = (a: (typeof p.actions)[number]) => p.actions.includes(a);

  const dispatchAll = () =>
    modal.confirm({
      title: t('problems.measure.dispatchAll'),
      content: t('problems.measure.dispatchConfirm', { count: p.measureCounts.draft }),
      okButtonProps: { 'data-testid': 'dispatch-confirm' },
      onOk: async () => {
        try {
          await problemsApi.dispatch(p.id);
          message.success(t('problems.measure.dispatched'));
        } catch (err) {
          message.error(errorText(err, t));
        } finally {
          problem.reload();
        }
      },
    });

  const back = () => ((window.history.state as { idx?: number } | null)?.idx ? navigate(-1) : navigate('/problems'));

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="problem-detail" data-problem-id={p.id}>
      <Card
        title={
          <Space>
            <Button type="text" icon={<ArrowLeftOutlined />} onClick={back} aria-label={t('problems.detail.back')} />
            <span>{t('problems.detail.facts')}</span>
          </Space>
        }
        extra={
          can('edit') && (
            <Button onClick={() => setEditing(true)} data-testid="problem-edit">
              {t('problems.edit.button')}
            </Button>
          )
        }
      >
        <ProblemSteps status={p.status} />
        {/* Prompts are for those who can fix them: readers (liaisons) get the facts only. */}
        {p.actions.length > 0 && <ProblemWarnings warnings={p.warnings} />}
        <ProblemFacts problem={p} />
      </Card>
      <Card
        size="small"
        title={t('problems.detail.measures')}
        data-testid="problem-measures"
        extra={
          <Space>
            {can('addMeasure') && (
              <Button icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="measure-add">
                {t('problems.measure.add')}
              </Button>
            )}
            {can('dispatch') && (
              <Button type="primary" icon={<SendOutlined />} onClick={dispatchAll} data-testid="measure-dispatch-all">
                {t('problems.measure.dispatchAll')}
              </Button>
            )}
          </Space>
        }
      >
        {added.length > 0 && (
          <Alert
            type="warning"
            showIcon
            closable
            onClose={() => setAdded([])}
            style={{ marginBottom: 12 }}
            title={added.map((w) => w.message).join('；')}
            data-testid="measure-added-warnings"
          />
        )}
        <MeasuresTable items={p.measures} />
      </Card>
      <AcceptanceCard problem={p} onOpen={setAccepting} />
      {can('addMeasure') && (
        <MeasureModal
          problem={p}
          open={adding}
          units={tree.units}
          onClose={() => setAdding(false)}
          onAdded={(w) => {
            setAdding(false);
            setAdded(w);
            problem.reload();
          }}
        />
      )}
      {can('edit') && (
        <EditProblemModal
          problem={p}
          open={editing}
          units={tree.units}
          categories={categories}
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            problem.reload();
          }}
          onConflict={problem.reload}
        />
      )}
      <AcceptModal
        problem={p}
        mode={accepting}
        onClose={() => setAccepting(null)}
        onDone={() => {
          setAccepting(null);
          problem.reload();
        }}
        onConflict={problem.reload}
      />
    </Space>
  );
}
