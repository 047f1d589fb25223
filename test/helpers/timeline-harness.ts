import { oneEvent, waitUntil } from '@open-wc/testing';
import type { HkAiTimeline } from '../../src/components/timeline/timeline.js';

/** Shadow-DOM queries for `<hk-ai-timeline>`, so tests read like what a person sees. */
export function harness(el: HkAiTimeline) {
  const root = () => el.shadowRoot!;
  const events = () => [...root().querySelectorAll<HTMLLIElement>('[part~="event"]')];
  return {
    events,
    ids: () => events().map((event) => event.dataset['eventId']),
    titles: () => events().map((event) => text(event.querySelector('[part~="title"]'))),
    dateLabels: () => events().map((event) => text(event.querySelector('[part~="date"]'))),
    event: (id: string) => events().find((event) => event.dataset['eventId'] === id),
    alert: () => root().querySelector<HTMLElement>('[role="alert"]'),
    status: () => text(root().querySelector('[role="status"]')),
    diagnostics: () => root().querySelector<HTMLDetailsElement>('[part~="problems"]'),
    links: () => [...root().querySelectorAll<HTMLAnchorElement>('a')],
  };
}

/** Whitespace-collapsed text of an element. */
export function text(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Waits until the element has settled in `ready`, `empty` or `error`. */
export async function settled(el: HkAiTimeline): Promise<void> {
  await waitUntil(() => el.status !== 'loading', `still loading`, { timeout: 5000 });
  await el.updateComplete;
}

/** Resolves with the next `hk-ai-load` or `hk-ai-error` event. */
export function nextOutcome(el: HkAiTimeline) {
  return Promise.race([oneEvent(el, 'hk-ai-load'), oneEvent(el, 'hk-ai-error')]);
}
