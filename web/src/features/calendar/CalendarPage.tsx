import { useMemo } from 'react';
import { Alert, Card, Grid, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { useT } from '../../i18n/I18nProvider';
import { keys } from '../../api/keys';
import { errorText } from '../../lib/error-text';
import { usePageTitle } from '../../lib/use-page-title';
import { calendarApi } from './api';
import { dayRuns, type DayRun } from './runs';
import { ScheduleLoadForm } from './ScheduleLoadForm';

const MIN_YEAR = 1990;
const MAX_YEAR = 2100;

/** The year in the URL (?year=2027), else this year: a reload or a shared link shows the same year. */
function useYear(): [number, (year: number) => void] {
  const [params, setParams] = useSearchParams();
  const asked = Number(params.get('year'));
  const year = Number.isInteger(asked) && asked >= MIN_YEAR && asked <= MAX_YEAR ? asked : new Date().getFullYear();
  return [year, (next) => setParams(next === new Date().getFullYear() ? {} : { year: String(next) }, { replace: true })];
}

/** 节假日安排: the State Council's holidays and make-up working days per year, and the secAdmin's loading of them. */
export default function CalendarPage() {
  const t = useT();
  usePageTitle(t('calendar.title'));
  const [year, setYear] = useYear();
  const data = useQuery({ queryKey: keys.calendar.year(year), queryFn: ({ signal }) => calendarApi.year(year, signal), placeholderData: keepPreviousData });
  const loadedYears = useMemo(() => data.data?.years ?? [], [data.data]);
  const runs = useMemo(() => (data.data?.year === year ? dayRuns(data.data.days) : []), [data.data, year]);
  const shown = data.data?.year === year ? data.data : undefined;
  const counts = loadedYears.find((y) => y.year === year);
  // A phone has room for two columns: the festival and the days go under the dates.
  const narrow = !Grid.useBreakpoint().sm;

  // The loaded years and the years around this one, so next year's notice has a place to go.
  const yearOptions = useMemo(() => {
    const now = new Date().getFullYear();
    const all = new Set([...loadedYears.map((y) => y.year), now - 1, now, now + 1, year]);
    const loaded = new Set(loadedYears.map((y) => y.year));
    return [...all].sort((a, b) => b - a).map((y) => ({ value: y, label: t(loaded.has(y) ? 'calendar.yearLoaded' : 'calendar.yearOption', { year: y }) }));
  }, [loadedYears, year, t]);

  const columns: ColumnsType<DayRun> = [
    {
      title: t('calendar.dates'),
      key: 'dates',
      render: (_: unknown, r: DayRun) => (
        <>
          <div>{r.from === r.to ? r.from : t('calendar.range', { from: r.from, to: r.to })}</div>
          {narrow && (
            <Typography.Text type="secondary">
              {r.name} · {t('calendar.daysCount', { days: r.days })}
            </Typography.Text>
          )}
        </>
      ),
    },
    {
      title: t('calendar.kind'),
      dataIndex: 'kind',
      width: narrow ? 110 : 130,
      render: (kind: DayRun['kind']) => (
        <Tag color={kind === 'holiday' ? 'red' : 'blue'}>{t(kind === 'holiday' ? 'calendar.holiday' : 'calendar.workday')}</Tag>
      ),
    },
    { title: t('calendar.name'), dataIndex: 'name', ellipsis: true, responsive: ['sm'] },
    {
      title: t('calendar.days'),
      dataIndex: 'days',
      width: 80,
      align: 'right',
      responsive: ['sm'],
      render: (days: number) => t('calendar.daysCount', { days }),
    },
  ];

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }} data-testid="calendar-page">
      <Card title={t('calendar.title')}>
        <Space wrap style={{ marginBottom: 16 }}>
          <Typography.Text>{t('calendar.year')}</Typography.Text>
          <Select value={year} options={yearOptions} onChange={setYear} style={{ minWidth: 160 }} data-testid="calendar-year" aria-label={t('calendar.year')} />
        </Space>
        {data.error != null && <Alert type="error" showIcon title={errorText(data.error, t)} style={{ marginBottom: 16 }} />}
        {shown &&
          (shown.loaded && counts ? (
            <Alert
              type="success"
              showIcon
              title={t('calendar.summary', { year, holidays: counts.holidays, workdays: counts.workdays })}
              style={{ marginBottom: 16 }}
              data-testid="calendar-summary"
            />
          ) : (
            <Alert type="warning" showIcon title={t('calendar.notLoaded', { year })} style={{ marginBottom: 16 }} data-testid="calendar-not-loaded" />
          ))}
        <Table<DayRun>
          rowKey="from"
          size="small"
          columns={columns}
          dataSource={runs}
          loading={data.isFetching}
          pagination={false}
          locale={{ emptyText: t('calendar.empty') }}
          data-testid="calendar-days"
        />
        {loadedYears.length > 0 && (
          <div style={{ marginTop: 16 }}>
            <Typography.Text type="secondary">
              {t('calendar.loadedYears')}
              {t('common.colon')}
            </Typography.Text>
            <Space wrap size={[8, 8]} data-testid="calendar-loaded-years">
              {loadedYears.map((y) => (
                <Tag.CheckableTag key={y.year} checked={y.year === year} onChange={() => setYear(y.year)}>
                  {t('calendar.loadedYear', y)}
                </Tag.CheckableTag>
              ))}
            </Space>
          </div>
        )}
      </Card>
      <ScheduleLoadForm onLoaded={(years) => years[0] !== undefined && setYear(years[0])} />
    </Space>
  );
}
