import type { Messages } from '../../../locales/zh-CN';

const calendar: Messages['calendar'] = {
  menu: 'Holiday schedule',
  title: 'Holiday schedule',
  year: 'Year',
  yearOption: '{year}',
  yearLoaded: '{year} (loaded)',
  summary:
    '{year}: {holidays} days off, {workdays} make-up working days. Working days follow this schedule: weekends and public holidays are off, make-up days are worked.',
  notLoaded: 'No schedule is loaded for {year}: its working days count Monday to Friday. Load it from the State Council’s notice.',
  loadedYears: 'Loaded years',
  loadedYear: '{year} · {holidays} off · {workdays} worked',
  dates: 'Dates',
  range: '{from} to {to}',
  kind: 'Kind',
  holiday: 'Day off',
  workday: 'Make-up working day',
  name: 'Festival',
  days: 'Days',
  daysCount: '{days} d',
  empty: 'No holidays or make-up days this year',
  loadTitle: 'Load a schedule',
  loadHelp:
    'One line per date or range, a kind and the festival’s name; the kind is holiday (休) or workday (班), # starts a comment. Every year the text names is replaced as a whole; if any line is wrong nothing is loaded and every wrong line is listed.',
  text: 'Schedule text',
  textPlaceholder: '2026-02-15..2026-02-23 holiday Spring Festival\n2026-02-14 workday Spring Festival',
  fromFile: 'Read from a file',
  fromFileHelp: 'Puts the content of a .txt file into the box above',
  fileUnreadable: 'The file could not be read: {message}',
  load: 'Load',
  loaded: 'Loaded: {years}',
  loadedPart: '{year} ({holidays} days off, {workdays} make-up working days)',
};

export default calendar;
