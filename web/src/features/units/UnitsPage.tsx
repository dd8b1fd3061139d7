import { useCallback, useState } from 'react';
import { Button, Card, Col, Empty, Result, Row, Spin } from 'antd';
import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { useSearchParams } from 'react-router';
import { useT } from '../../i18n/I18nProvider';
import { useAccess } from '../../access';
import { errorText } from '../../lib/error-text';
import { usePageTitle } from '../../lib/use-page-title';
import { useUnitTree } from './use-unit-tree';
import { keys } from '../../api/keys';
import { useInvalidate } from '../../api/use-invalidate';
import type { SavedUnit, TreeUnit } from './api';
import { UnitTreePanel } from './UnitTreePanel';
import { UnitDetails } from './UnitDetails';
import { UnitCreateModal } from './UnitCreateModal';
import { UnitEditModal } from './UnitEditModal';
import { UnitMoveModal } from './UnitMoveModal';
import { IssuerCard } from './IssuerCard';
import { UnitsWithoutRole } from './UnitsWithoutRole';

export default function UnitsPage() {
  const t = useT();
  const access = useAccess();
  usePageTitle(t('units.title'));
  const tree = useUnitTree();
  // The selected unit lives in the URL: reload and "send this link" keep it.
  const [params, setParams] = useSearchParams();
  const selectedId = params.get('unit') ? Number(params.get('unit')) : null;
  // A to-do line's list (?withoutRole=liaison) stays above the tree while its units are picked one by one.
  const withoutRole = params.get('withoutRole');
  const select = useCallback(
    (id: number) => setParams(withoutRole ? { withoutRole, unit: String(id) } : { unit: String(id) }, { replace: true }),
    [setParams, withoutRole],
  );
  const [creating, setCreating] = useState<{ parentId: number | null } | null>(null);
  const [editing, setEditing] = useState(false);
  const [moving, setMoving] = useState(false);
  const selected: TreeUnit | null = (selectedId !== null && tree.byId.get(selectedId)) || null;

  const invalidate = useInvalidate();
  // A unit's name or place shows in the tree, its details, its parent's sub-units and other lists.
  const changed = useCallback(() => void invalidate(keys.units.all), [invalidate]);

  const afterSave = (unit: SavedUnit) => {
    setCreating(null);
    setEditing(false);
    setMoving(false);
    changed();
    select(unit.id);
  };

  if (tree.error && !tree.data) {
    return <Result status="error" title={errorText(tree.error, t)} extra={<Button onClick={() => void tree.reload()}>{t('common.retry')}</Button>} />;
  }

  return (
    <Row gutter={16}>
      {withoutRole && (
        <Col span={24}>
          <UnitsWithoutRole role={withoutRole} onSelect={select} onClose={() => setParams(selectedId ? { unit: String(selectedId) } : {}, { replace: true })} />
        </Col>
      )}
      <Col xs={24} lg={8}>
        <Card
          title={t('units.tree')}
          extra={
            <>
              <Button type="text" icon={<ReloadOutlined />} onClick={changed} aria-label={t('common.reload')} />
              {access.canManageUnits && (
                <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating({ parentId: selectedId })} data-testid="unit-create">
                  {t('units.create')}
                </Button>
              )}
            </>
          }
        >
          <Spin spinning={tree.loading && !tree.data}>
            <UnitTreePanel units={tree.units} selectedId={selectedId} onSelect={select} />
          </Spin>
        </Card>
      </Col>
      <Col xs={24} lg={16}>
        <Card title={t('units.title')}>
          {selectedId === null ? (
            <Empty description={t('units.noSelection')} />
          ) : (
            <UnitDetails
              unitId={selectedId}
              canManage={access.canManageUnits}
              onSelect={select}
              onCreateChild={() => setCreating({ parentId: selectedId })}
              onEdit={() => setEditing(true)}
              onMove={() => setMoving(true)}
            />
          )}
        </Card>
        {access.canManageUnits && <IssuerCard />}
      </Col>
      {access.canManageUnits && (
        <>
          <UnitCreateModal
            open={creating !== null}
            units={tree.units}
            defaultParentId={creating?.parentId ?? null}
            onClose={() => setCreating(null)}
            onCreated={afterSave}
          />
          <UnitEditModal unit={editing ? selected : null} onClose={() => setEditing(false)} onSaved={afterSave} onConflict={changed} />
          <UnitMoveModal unit={moving ? selected : null} units={tree.units} onClose={() => setMoving(false)} onMoved={afterSave} onConflict={changed} />
        </>
      )}
    </Row>
  );
}
