import { css } from 'lit';

/**
 * Applies inside `@container style(--_h: 1)`: the timeline sets `--_h: 1` while its layout controller has decided on
 * the axis (`:state(horizontal)`: `layout="horizontal"`, or `auto` in a wide box), so the decision made once in
 * script is also what CSS shows. Adopted only once the axis has loaded.
 */
export default css`
  :host(:state(horizontal)) .timeline {
    --_h: 1;
  }

  .axis-controls,
  .ticks,
  .eras {
    display: none;
  }

  @container style(--_h: 1) {
    .axis-controls {
      display: flex;
      gap: 0.375rem;
      margin: 0 0 0.5rem;
    }

    .axis-controls button {
      min-inline-size: 2.25rem;
      padding: 0.125rem 0.625rem;
      border: 1px solid var(--_line);
      border-radius: var(--_radius);
      background: var(--_surface);
      color: inherit;
      font: inherit;
      cursor: pointer;
    }

    .axis-controls button:disabled {
      opacity: 0.5;
      cursor: default;
    }

    .axis-controls button:focus-visible,
    .viewport:focus-visible {
      outline: 2px solid var(--_accent);
      outline-offset: 2px;
    }

    .viewport {
      overflow-x: auto;
      overflow-y: hidden;
      /* The browser's own pinch would zoom the page; the axis zooms itself instead. */
      touch-action: pan-x pan-y;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      cursor: grab;
    }

    .track {
      --_lane: 6.25rem;
      --_card: var(--hk-ai-timeline-card-width, 14rem);
      position: relative;
      inline-size: var(--track-width, 100%);
      /* Room for the eras' labels, the ticks, every lane, and an opened card in the last one. */
      block-size: calc(4.5rem + var(--lanes, 1) * var(--_lane) + 12rem);
    }

    .ticks {
      display: block;
      position: absolute;
      inset: 1.75rem 0 0;
      pointer-events: none;
    }

    .tick {
      position: absolute;
      inset-block: 0;
      inset-inline-start: calc(var(--at) * 100%);
      padding-inline-start: 0.25rem;
      border-inline-start: 1px solid var(--_border);
      font-size: 0.75rem;
      color: var(--_muted);
      white-space: nowrap;
    }

    .tick.year {
      border-inline-start-color: var(--_line);
      font-weight: 600;
    }

    .eras {
      display: block;
      position: absolute;
      inset: 0;
      margin: 0;
      padding: 0;
      list-style: none;
      pointer-events: none;
    }

    .era {
      position: absolute;
      inset-block: 0;
      inset-inline-start: calc(var(--at) * 100%);
      inline-size: calc(var(--span) * 100%);
      padding: 0.125rem 0.375rem;
      background: color-mix(in srgb, var(--_accent) 8%, transparent);
      border-inline: 1px dashed var(--_line);
      font-size: 0.75rem;
      overflow: hidden;
      white-space: nowrap;
      text-overflow: ellipsis;
    }

    .era-title {
      font-weight: 600;
    }

    .era-dates {
      color: var(--_muted);
    }

    .events {
      position: absolute;
      inset: 3.5rem 0 0;
    }

    /* Years and gaps are the list's: the axis shows time by distance. */
    .year-label,
    .gap {
      display: none;
    }

    .event {
      content-visibility: visible;
      position: absolute;
      inset-block-start: calc(var(--lane, 0) * var(--_lane));
      inset-inline-start: var(--x, 0);
      inline-size: var(--_card);
      padding: 0.875rem 0 0;
    }

    .event::before {
      display: none;
    }

    /* A dot for a day; a bar as long as the period for a month, a year or a range. */
    .marker {
      inset-block-start: 0;
      inset-inline-start: var(--marker-at, 0);
      inline-size: max(var(--_marker-size), var(--length, 0px));
      block-size: 0.5rem;
      border-radius: 0.25rem;
    }

    /* An approximate date fades out at both ends: visibly not a precise span. */
    .event.approximate .marker {
      border: none;
      background: linear-gradient(90deg, transparent, var(--_accent) 35% 65%, transparent);
    }

    .card {
      block-size: calc(var(--_lane) - 1.25rem);
      padding: 0.375rem 0.625rem;
      overflow: hidden;
      font-size: 0.875rem;
    }

    .title {
      font-size: 0.9375rem;
      display: -webkit-box;
      -webkit-line-clamp: 2;
      -webkit-box-orient: vertical;
      overflow: hidden;
    }

    /* Only the selected event shows its details, in a card that opens over the lanes below. */
    .event:not(.selected) :is(.relative, .description, .meta, .media, .sources, .secondary) {
      display: none;
    }

    .event.selected {
      z-index: 2;
    }

    .event.selected .card {
      block-size: auto;
      inline-size: max(var(--_card), 20rem);
      box-shadow: 0 0.25rem 1rem color-mix(in srgb, var(--_text) 20%, transparent);
    }

    .event.selected .title {
      display: block;
    }
  }

  @media (forced-colors: active) {
    .era {
      border-inline: 1px solid CanvasText;
    }

    .event.approximate .marker {
      background: CanvasText;
    }
  }
`;
