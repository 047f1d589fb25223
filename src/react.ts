// React 19 JSX typings for <hk-ai-timeline>, kept out of the main entry so that only React apps need @types/react.
// Use: `/// <reference types="hk-ai-timeline/react" />` once in the app (next to `import 'hk-ai-timeline'`).
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { HkAiTimeline } from './components/timeline/timeline.js';
import type { HkAiTimelineJsxProps } from './jsx.js';

/** React's global HTML attributes (`className`, `id`, `ref` to the element, …) plus the timeline's own props. */
export type HkAiTimelineReactProps = DetailedHTMLProps<HTMLAttributes<HkAiTimeline>, HkAiTimeline> &
  HkAiTimelineJsxProps;

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React's JSX namespace can only be augmented this way.
  namespace JSX {
    interface IntrinsicElements {
      'hk-ai-timeline': HkAiTimelineReactProps;
    }
  }
}
