import { Alert, Col, Row, Space, Typography } from 'antd';
import { useT } from '../../../i18n/I18nProvider';
import { useQuery } from '@tanstack/react-query';
import { affectedBy, keys } from '../../../api/keys';
import { useInvalidate } from '../../../api/use-invalidate';
import { errorText } from '../../../lib/error-text';
import { usePageTitle } from '../../../lib/use-page-title';
import { ledgerApi } from '../api';
import { WorkBlockCard } from './WorkBlockCard';
import { NotificationsCard } from './NotificationsCard';

/** 我的工作: what the liaison must do now, each count opening the ledger list it counts. */
export default function MyWorkPage() {
  const t = useT();
  usePageTitle(t('ledger.myWork.title'));
  const work = useQuery({ queryKey: keys.myWork.all, queryFn: ({ signal }) => ledgerApi.myWork(signal) });
  const invalidate = useInvalidate();
  const changed = () => void invalidate(...affectedBy('task'));
  const w = work.data;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="mywork">
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('ledger.myWork.title')}
      </Typography.Title>
      {work.error != null && <Alert type="error" showIcon title={errorText(work.error, t)} />}
      {w && (
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={12}>
            <WorkBlockCard
              testId="mywork-toAcknowledge"
              title={t('ledger.myWork.toAcknowledge')}
              block={w.toAcknowledge}
              color="#1677ff"
              acknowledge
              onChanged={changed}
            />
          </Col>
          <Col xs={24} lg={12}>
            <WorkBlockCard
              testId="mywork-reportsDue"
              title={t('ledger.myWork.reportsDue')}
              hint={t('ledger.myWork.reportsDueHint')}
              block={w.reportsDue}
              color="#d9363e"
              onChanged={changed}
            />
          </Col>
          <Col xs={24} lg={12}>
            <WorkBlockCard testId="mywork-returned" title={t('ledger.myWork.returned')} block={w.returned} color="#fa541c" onChanged={changed} />
          </Col>
          <Col xs={24} lg={12}>
            <WorkBlockCard testId="mywork-inProgress" title={t('ledger.myWork.inProgress')} block={w.inProgress} color="#2ba471" onChanged={changed} />
          </Col>
        </Row>
      )}
      <NotificationsCard />
    </Space>
  );
}
