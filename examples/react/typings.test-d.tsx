// Type test of the JSX typings, checked with the app (`tsc -p examples/react`); never bundled. Every expected
// error below must occur, so typings that went loose (props typed `any`, missing events) fail the check too.
import type { HkAiLoadEvent, HkAiTimeline } from 'hk-ai-timeline';
import type {} from 'hk-ai-timeline/react';

export const accepted = [
  <hk-ai-timeline
    key="attributes"
    src="/timeline.json"
    heading-level="3"
    display-lang="zh-Hant en"
    hash-link
  />,
  <hk-ai-timeline
    key="properties"
    headingLevel={3}
    relativeTo="now"
    urlState
    timeout={5000}
    ref={(element: HkAiTimeline | null) => element?.reload()}
  />,
  <hk-ai-timeline
    key="events"
    onhk-ai-error={(event) => event.detail.message.length}
    onhk-ai-filter-change={(event) => event.detail.count.toFixed()}
  />,
];

export const rejected = [
  // @ts-expect-error `data` is a timeline document, which needs `events`.
  <hk-ai-timeline key="data" data={{ title: 'No events' }} />,
  // @ts-expect-error `headingLevel` is the number property; the attribute is `heading-level`.
  <hk-ai-timeline key="number" headingLevel="3" />,
  // @ts-expect-error a hk-ai-select listener receives an HkAiSelectEvent.
  <hk-ai-timeline key="listener" onhk-ai-select={(event: HkAiLoadEvent) => event.detail.count} />,
  // @ts-expect-error no such property.
  <hk-ai-timeline key="unknown" orientation="vertical" />,
];
