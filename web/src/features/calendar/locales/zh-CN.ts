/** 节假日安排 (the secAdmin's calendar page). Registered in locales/zh-CN/index.ts as `calendar`. */
const calendar = {
  menu: '节假日安排',
  title: '节假日安排',
  year: '年份',
  yearOption: '{year} 年',
  yearLoaded: '{year} 年（已载入）',
  summary: '{year} 年：放假 {holidays} 天，调休上班 {workdays} 天。工作日按此安排计算：周末和法定假日休息，调休日上班。',
  notLoaded: '尚未载入 {year} 年的安排：该年的工作日按周一至周五计算。请按国务院办公厅发布的通知载入。',
  loadedYears: '已载入的年份',
  loadedYear: '{year} 年 · 休 {holidays} · 班 {workdays}',
  dates: '日期',
  range: '{from} 至 {to}',
  kind: '类型',
  holiday: '放假',
  workday: '调休上班',
  name: '节日',
  days: '天数',
  daysCount: '{days} 天',
  empty: '这一年没有假日或调休',
  loadTitle: '载入安排',
  loadHelp:
    '每行一个日期或日期范围、类型和节日名称；类型写 holiday（休）或 workday（班），# 之后为注释。载入后，文本中出现的每一年的安排都会被整体替换；有任何一行有误则不载入，并列出每个错误行。',
  text: '安排文本',
  textPlaceholder: '2026-02-15..2026-02-23 holiday 春节\n2026-02-14 workday 春节',
  fromFile: '从文件读取',
  fromFileHelp: '读取 .txt 文本文件的内容到上面的输入框',
  fileUnreadable: '无法读取该文件：{message}',
  load: '载入',
  loaded: '已载入：{years}',
  loadedPart: '{year} 年（放假 {holidays} 天，调休上班 {workdays} 天）',
};

export default calendar;
