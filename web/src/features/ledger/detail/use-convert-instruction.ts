import { useState } from 'react';
import { App } from 'antd';
import { useNavigate } from 'react-router';
import type { QueryKey } from '@tanstack/react-query';
import { keys } from '../../../api/keys';
import { useInvalidate } from '../../../api/use-invalidate';
import { useT } from '../../../i18n/I18nProvider';
import { errorText } from '../../../lib/error-text';
import { instructionsApi } from '../api';

/** 转为来源, wherever a 批示 is listed: the new source, then its decomposition page; `also` is the list to refresh. */
export function useConvertInstruction(also?: QueryKey) {
  const t = useT();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const invalidate = useInvalidate();
  const [converting, setConverting] = useState<number | null>(null);
  const convert = async (id: number) => {
    setConverting(id);
    try {
      const { id: sourceId } = await instructionsApi.convert(id);
      void invalidate(keys.sources.all, ...(also ? [also] : []));
      navigate(`/sources/new?from=${sourceId}`);
    } catch (err) {
      message.error(errorText(err, t));
    } finally {
      setConverting(null);
    }
  };
  return { converting, convert };
}
