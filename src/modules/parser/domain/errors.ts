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
  | 'parser.tooLarge';

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
  },
  'en-US': {
    'parser.empty': 'the file is empty or only whitespace: nothing to parse',
    'parser.binary': 'not a text file nor a supported document (.txt, .docx, .doc, .pdf)',
    'parser.corruptDocx': 'the Word document (.docx) is corrupt and cannot be opened',
    'parser.corruptDoc': 'the Word 97-2003 document (.doc) is corrupt and cannot be opened',
    'parser.corruptPdf': 'the PDF file is corrupt and cannot be opened',
    'parser.noTextLayer': 'no text layer: OCR first',
    'parser.tooLarge': 'the file is larger than 20 MB',
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
