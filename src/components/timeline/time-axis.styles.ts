import { css } from 'lit';

/**
 * Applies inside `@container style(--_h: 1)`: the timeline sets `--_h: 1` while its layout controller has decided on
 * the axis (`:state(horizontal)`: `layout="horizontal"`, or `auto` in a wide box), so the decision made once in
 * script is also what CSS shows. Adopted only once the axis has loaded.
 *
 * The track, top to bottom: the eras' titles, the lanes of labels (lane 0 nearest the
 * axis), the axis band with the markers and bars, and the ticks. Nothing is drawn over text: markers stay on the
 * band, labels in their lanes; stems and tick lines pass behind the labels.
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
      flex-wrap: wrap;
      align-items: center;
      gap: 0.25rem;
      margin: 0 0 0.5rem;
    }

    /* The zoom buttons and the cluster chips; the category chips' own rules already say the same. */
    button {
      color: inherit;
      font: inherit;
    }

    .axis-controls button {
      min-inline-size: 2.25rem;
      padding: 0.125rem 0.625rem;
      border: 1px solid var(--_line);
      border-radius: var(--_radius);
      background: var(--_surface);
      font-size: 0.875rem;
      cursor: pointer;
    }

    .axis-controls button[aria-pressed='true'] {
      border-color: var(--_accent);
      background: var(--_accent);
      color: var(--_surface);
    }

    .axis-controls button:disabled {
      opacity: 0.5;
      cursor: default;
    }

    :is(button, .viewport):focus-visible {
      outline: 2px solid var(--_accent);
      outline-offset: 2px;
    }

    .viewport {
      overflow: auto hidden;
      /* The browser's own pinch would zoom the page; the axis zooms itself instead. */
      touch-action: pan-x pan-y;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      cursor: grab;
    }

    /*
     * Its height, top to bottom: 0.375rem (1.875rem with the eras' row), the lanes, the band (its rows of markers)
     * and the ticks' 1.5rem row. The template sets a lane's height (--_lane), all the lanes' (--_lanes) and the band's
     * (--_band), in pixels.
     */
    .track {
      --_top: 0.375rem;
      position: relative;
      block-size: calc(var(--_top) + var(--_lanes) + var(--_band) + var(--_foot, 1.5rem));
    }

    /* The reference line's label has a row of its own, under the ticks' words. */
    .track:has(.reference) {
      --_foot: 2.75rem;
    }

    .has-eras {
      --_top: 1.875rem;
    }

    .ticks,
    .eras {
      display: block;
      position: absolute;
      pointer-events: none;
    }

    /* Tick lines run the track's height, behind the labels; their words sit in the bottom row. */
    .ticks {
      inset: 0 0 calc(var(--_foot, 1.5rem) - 1.5rem);
      /* The last tick's words stop at the track's end: they must not widen what scrolls. */
      overflow: hidden;
    }

    .eras {
      inset: 0 0 var(--_foot, 1.5rem);
      margin: 0;
      padding: 0;
      list-style: none;
    }

    .tick,
    .era,
    .reference {
      position: absolute;
      inset-block: 0;
      font-size: 0.75rem;
      white-space: nowrap;
    }

    /* Behind the labels, like the ticks; its words slide to its left as it nears the end of the axis. */
    .reference {
      display: flex;
      align-items: flex-end;
      margin: 0;
      border-inline-start: 2px dashed var(--_accent);
      color: var(--_accent);
      pointer-events: none;
    }

    .reference span {
      padding: 0 0.25rem;
    }

    .tick {
      display: flex;
      align-items: flex-end;
      padding: 0 0 0.25rem 0.25rem;
      border-inline-start: 1px solid color-mix(in srgb, var(--_border) 60%, transparent);
      line-height: 1;
      color: var(--_muted);
    }

    .tick.year {
      border-inline-start-color: var(--_border);
      font-weight: 600;
      color: var(--_text);
    }

    .era,
    .event .date {
      overflow: hidden;
      white-space: nowrap;
      text-overflow: ellipsis;
    }

    .era {
      padding: 0.125rem 0.375rem;
      background: color-mix(in srgb, var(--_accent) 7%, transparent);
      border-inline: 1px dashed var(--_line);
      line-height: 1.25rem;
    }

    .era-title {
      font-weight: 600;
    }

    .era-dates {
      color: var(--_muted);
    }

    .events {
      position: absolute;
      inset-inline: 0;
      inset-block-start: var(--_top);
      block-size: var(--_lanes);
    }

    .event::before {
      display: none;
    }

    /* A label: in its lane, its marker on the band below, joined by a stem. */
    .event,
    .cluster {
      content-visibility: visible;
      position: absolute;
      inline-size: var(--hk-ai-timeline-card-width, 11rem);
      block-size: calc(var(--_lane) - 0.375rem);
      padding: 0;
    }

    .cluster {
      inline-size: 10rem;
    }

    /*
     * A chip's words in the ticks' size: every size the axis adds is a font the browser prepares when first drawn
     * (about 2 ms on a first render). A label's date and title set their own.
     */
    .event .card,
    .cluster-label {
      position: relative;
      z-index: 1;
      block-size: 100%;
      padding: 0.25rem 0.5rem;
      font-size: 0.75rem;
      /* The label's title inherits it. */
      line-height: 1.0625rem;
    }

    .event .card {
      overflow: hidden;
      cursor: pointer;
    }

    .event .date {
      font-size: 0.75rem;
      line-height: 1rem;
    }

    .event .title {
      display: -webkit-box;
      margin: 0;
      overflow: hidden;
      font-size: 0.8125rem;
      -webkit-line-clamp: 2;
      -webkit-box-orient: vertical;
    }

    .stem {
      position: absolute;
      inset-block-start: 100%;
      border-inline-start: 1px solid var(--_line);
    }

    /* border: 0 (no width) also leaves nothing of the dashed style timeline.styles.ts gives an approximate marker. */
    .event .marker,
    .cluster-span {
      position: absolute;
      block-size: 0.5rem;
      border: 0;
      border-radius: 0.25rem;
      background: var(--_accent);
    }

    /* An approximate date fades out at both ends: visibly not a precise span. */
    .event.approximate .marker {
      background: linear-gradient(90deg, transparent, var(--_accent) 30% 70%, transparent);
    }

    .cluster-span {
      inset-block-start: calc(100% + 0.125rem);
      block-size: calc(var(--_band) - 0.25rem);
      border-radius: 0.125rem;
      background: repeating-linear-gradient(
        135deg,
        color-mix(in srgb, var(--_muted) 35%, transparent) 0 3px,
        transparent 3px 6px
      );
    }

    .cluster-label {
      inline-size: 100%;
      border: 1px dashed var(--_accent);
      border-radius: var(--_radius);
      background: color-mix(in srgb, var(--_accent) 10%, var(--_surface));
      text-align: start;
      cursor: zoom-in;
    }

    .detail {
      margin-block-start: 0.75rem;
    }

    .detail .card {
      max-inline-size: 44rem;
    }

    .axis-status {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
  }

  @media (forced-colors: active) {
    .era {
      border-inline: 1px solid CanvasText;
    }

    .event.approximate .marker,
    .cluster-span {
      background: CanvasText;
    }
  }
`;
