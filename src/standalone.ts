// Entry of dist/hk-ai-timeline.js, the one-file build for <script type="module">: it defines the element and
// exports only the classes a page might test against, and `registerTranslation` for a page's own language; the model,
// converters and tools are the package's other entries.
export { HkAiTimeline } from './components/timeline/timeline.js';
export { registerTranslation } from './i18n/index.js';
export { HkAiErrorEvent, HkAiFilterChangeEvent, HkAiLoadEvent, HkAiSelectEvent } from './events.js';
