import type { ReactNode } from 'react';
import { Button, List, Space, Typography } from 'antd';
import { NodeIndexOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useT } from '../../../i18n/I18nProvider';
import { useDateTime } from '../../../lib/use-date-time';

interface Props {
  item: { id: number; text: string; author: string; unit: string | null; createdAt: string; sourceId: number | null };
  /** The reader may turn it into a source (转为来源). */
  canConvert: boolean;
  converting: boolean;
  onConvert: (id: number) => void;
  /** After the author and time: what it is about (a dashboard figure). */
  about?: ReactNode;
  testId: string;
}

/** One 批示 as lists show it: who, from which unit, when, its text, and 转为来源 or the source it became. */
export function InstructionItem({ item: i, canConvert, converting, onConvert, about, testId }: Props) {
  const t = useT();
  const when = useDateTime();
  return (
    <List.Item
      data-testid={testId}
      actions={[
        i.sourceId !== null ? (
          <Link key="source" to={`/ledger/sources/${i.sourceId}`}>
            {t('ledger.instruction.converted')}
          </Link>
        ) : canConvert ? (
          <Button
            key="convert"
            size="small"
            icon={<NodeIndexOutlined />}
            loading={converting}
            onClick={() => onConvert(i.id)}
            data-testid="instruction-convert"
          >
            {t('ledger.instruction.convert')}
          </Button>
        ) : null,
      ].filter(Boolean)}
    >
      <Space orientation="vertical" size={2} style={{ width: '100%' }}>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {i.author}
          {i.unit && `（${i.unit}）`} {when(i.createdAt)}
          {about}
        </Typography.Text>
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }} data-testid="instruction-text">
          {i.text}
        </Typography.Paragraph>
      </Space>
    </List.Item>
  );
}
