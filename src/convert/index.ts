/** Importers from other timeline formats; exported as `hk-ai-timeline/convert`. DOM-free: they run in Node too. */
export { fromTimelineJS } from './timelinejs.js';
export { fromVisItems } from './vis.js';
export { fromMermaid, type MermaidOptions } from './mermaid.js';
export { fromCsv, parseTimelineCsv, type CsvOptions, type CsvConversionResult } from './csv.js';
export { toPlainText, type PlainText } from './plain-text.js';
export type { ConversionNote, ConversionResult } from './note.js';
