/**
 * Input the parser cannot work with. Each case has a stable code (for the API, the CLI
 * and translations) and a message in every supported locale; the Error message is the
 * en-US text so logs stay readable.
 */

export type ParseInputErrorCode =
  | 'parser.empty'
  | 'parser.binary'
  | 'parser.corruptDocx'
  | 'parser.corruptDoc'
  | 'parser.corruptPdf'
  | 'parser.noTextLayer'
  | 'parser.tooLarge'
  | 'parser.tooLargeExpanded'
  | 'parser.textTooLong'
  | 'parser.tooManyItems'
  | 'parser.timeout'
  | 'parser.outOfMemory';

export type Locale = 'zh-CN' | 'en-US';

export const parserMessages: Record<Locale, Record<ParseInputErrorCode, string>> = {
  'zh-CN': {
    'parser.empty': '文件为空或只有空白，没有可解析的文字',
    'parser.binary': '这不是文本文件，也不是支持的文档格式（支持 .txt、.docx、.doc、.pdf）',
    'parser.corruptDocx': 'Word 文档（.docx）已损坏，无法打开',
    'parser.corruptDoc': 'Word 97-2003 文档（.doc）已损坏，无法打开',
    'parser.corruptPdf': 'PDF 文件已损坏，无法打开',
    'parser.noTextLayer': 'PDF 没有文字层（可能是扫描件）：请先进行文字识别（OCR）',
    'parser.tooLarge': '文件超过 20 MB，无法解析',
    'parser.tooLargeExpanded': '文档解压后超过 16 MB 文字，无法解析（可能是压缩炸弹）',
    'parser.textTooLong': '文字超过 200 万字，无法解析：请分成几份',
    'parser.tooManyItems': '解析出的条目超过 5000 条，无法生成任务分解表：请分成几份',
    'parser.timeout': '文档过于复杂，解析超时（30 秒）：请分成几份',
    'parser.outOfMemory': '文档过于复杂，解析所需内存超过 512 MB：请分成几份',
  },
  'en-US': {
    'parser.empty': 'the file is empty or only whitespace: nothing to parse',
    'parser.binary': 'not a text file nor a supported document (.txt, .docx, .doc, .pdf)',
    'parser.corruptDocx': 'the Word document (.docx) is corrupt and cannot be opened',
    'parser.corruptDoc': 'the Word 97-2003 document (.doc) is corrupt and cannot be opened',
    'parser.corruptPdf': 'the PDF file is corrupt and cannot be opened',
    'parser.noTextLayer': 'no text layer: OCR first',
    'parser.tooLarge': 'the file is larger than 20 MB',
    'parser.tooLargeExpanded': 'the document expands to more than 16 MB of text (a zip bomb?)',
    'parser.textTooLong': 'the text is longer than 2,000,000 characters: split it',
    'parser.tooManyItems': 'the outline has more than 5,000 items: split the document',
    'parser.timeout': 'parsing took longer than 30 seconds: split the document',
    'parser.outOfMemory': 'parsing needed more than 512 MB of memory: split the document',
  },
};

export class ParseInputError extends Error {
  override readonly name = 'ParseInputError';
  constructor(
    readonly code: ParseInputErrorCode,
    options?: { cause?: unknown },
  ) {
    super(parserMessages['en-US'][code], options);
  }

  /** The message in a locale (zh-CN is the product's default). */
  messageIn(locale: Locale): string {
    return parserMessages[locale][this.code];
  }
}
