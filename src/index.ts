export { convert } from './convert.js';
export type { ConvertOptions, ConvertResult, InputFormat, OutputFormat } from './convert.js';
export { ConversionReport } from './hub/report.js';
export { PageMetaSchema, type PageMeta } from './model/page-meta.js';
export { WikiportError, ExitCode } from './errors.js';
