import { createRequire } from 'node:module';
import type ExcelJS from 'exceljs';
import type Mammoth from 'mammoth';

/**
 * Heavy document libraries, loaded on first use rather than at import: the module registry imports
 * every module's code, so a top-level `import ExcelJS from 'exceljs'` alone cost every CLI start
 * (`luoshi --help` included) about half a second. require() caches, so later calls are free;
 * synchronous, so constructors can use it too.
 */
const require = createRequire(import.meta.url);

export const exceljs = (): typeof ExcelJS => require('exceljs') as typeof ExcelJS;
export const mammoth = (): typeof Mammoth => require('mammoth') as typeof Mammoth;
