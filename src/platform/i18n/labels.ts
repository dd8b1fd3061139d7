// The one catalog of status, light and source-kind labels per locale, shared with the web
// (web/src/locales/*/ledger.ts and problems.ts import the same JSON), so an export, a message and a
// page never name a state differently. JSON, not TypeScript: dist/ sits at the same depth as src/,
// so the relative path reaches shared/ from either tree without compiling anything outside src/.
// Domain code imports the JSON itself (it may use no platform piece but the calendar).
import enUS from '../../../shared/labels/en-US.json' with { type: 'json' };
import zhCN from '../../../shared/labels/zh-CN.json' with { type: 'json' };

/** zh-CN is the reference: en-US must have exactly the same keys (checked by the type below and test/labels.test.ts). */
export type Labels = typeof zhCN;

/** Standalone labels (title case in en-US): for cells, chips and quoted inside sentences. */
export const labels: Record<'zh-CN' | 'en-US', Labels> = { 'zh-CN': zhCN, 'en-US': enUS };
