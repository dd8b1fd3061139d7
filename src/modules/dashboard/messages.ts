import type { Messages } from '../../platform/i18n/index.ts';

export const dashboardMessages: Messages = {
  'zh-CN': {
    'dashboard.bad_period': '统计期间有误：开始日期 {from} 不能晚于结束日期 {to}，且跨度不超过十年',
    'dashboard.bad_weights': '排名权重须为非负数，且不能全部为零',
  },
  'en-US': {
    'dashboard.bad_period': 'Bad period: {from} must not be after {to}, and it may span at most ten years',
    'dashboard.bad_weights': 'Ranking weights must be non-negative and not all zero',
  },
};
