import { css } from 'lit';

export default css`
  :host {
    /* Defaults, overridable from any ancestor through the public --hk-ai-timeline-* properties. light-dark()
       follows the used color scheme: the reader's preference, or whatever a page sets with color-scheme. */
    --_accent: var(--hk-ai-timeline-accent-color, light-dark(#0a58a8, #7ab7ff));
    --_text: var(--hk-ai-timeline-text-color, light-dark(#1b1f24, #e6e9ed));
    --_muted: var(--hk-ai-timeline-muted-color, light-dark(#4b5560, #b3bcc6));
    --_surface: var(--hk-ai-timeline-surface-color, light-dark(#ffffff, #16191d));
    --_border: var(--hk-ai-timeline-border-color, light-dark(#d0d7de, #3a424b));
    --_line: var(--hk-ai-timeline-line-color, light-dark(#8c959f, #6e7781));
    --_error: var(--hk-ai-timeline-error-color, light-dark(#b3261e, #ffb4ab));
    --_marker-size: var(--hk-ai-timeline-marker-size, 0.875rem);
    --_radius: var(--hk-ai-timeline-radius, 0.5rem);
    --_gap: var(--hk-ai-timeline-gap, 1rem);

    display: block;
    /* The timeline restores its own scroll position when languages change (see update()). */
    overflow-anchor: none;
    color-scheme: light dark;
    color: var(--_text);
    font-family: var(--hk-ai-timeline-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    line-height: 1.5;
    min-inline-size: 0;
  }

  :host([hidden]) {
    display: none;
  }

  * {
    box-sizing: border-box;
  }

  /* Long unbroken strings (URLs, hostile input) wrap instead of widening the page. */
  .timeline {
    overflow-wrap: anywhere;
  }

  /* System fonts first for each script; nothing is downloaded. The custom property still wins. */
  :lang(ko) {
    font-family: var(
      --hk-ai-timeline-font-family,
      system-ui,
      'Apple SD Gothic Neo',
      'Malgun Gothic',
      'Noto Sans KR',
      'Noto Sans CJK KR',
      sans-serif
    );
    word-break: keep-all;
  }

  :lang(zh) {
    font-family: var(
      --hk-ai-timeline-font-family,
      system-ui,
      'PingFang HK',
      'PingFang TC',
      'Microsoft JhengHei',
      'Noto Sans HK',
      'Noto Sans CJK TC',
      sans-serif
    );
    line-break: strict;
  }

  .secondary {
    display: block;
    font-weight: 400;
    font-size: 0.9375em;
    color: var(--_muted);
  }

  .relative {
    margin: 0;
    font-size: 0.8125rem;
    color: var(--_muted);
  }

  .event:focus-visible {
    outline: none;
  }

  .event:focus-visible .card {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }

  /* Selection is a border and a bar, focus an outline: both can show at once. */
  .event.selected .card {
    border-color: var(--_accent);
    box-shadow: inset 0.25rem 0 0 var(--_accent);
  }

  .heading {
    margin: 0 0 0.25rem;
    font-size: 1.25rem;
    font-weight: 700;
  }

  .intro,
  .status {
    margin: 0 0 var(--_gap);
    color: var(--_muted);
  }

  .status:empty {
    display: none;
  }

  .error {
    margin: 0 0 var(--_gap);
    padding: 0.75rem 1rem;
    border: 1px solid var(--_error);
    border-inline-start-width: 0.25rem;
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .error-title {
    margin: 0;
    font-weight: 700;
    color: var(--_error);
  }

  .error p,
  .diagnostics p {
    margin: 0.25rem 0 0;
  }

  code {
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    font-size: 0.875em;
  }

  .diagnostics {
    margin: 0 0 var(--_gap);
    padding: 0.5rem 1rem;
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    color: var(--_muted);
  }

  .diagnostics summary {
    cursor: pointer;
  }

  .diagnostics ul {
    margin: 0.5rem 0 0;
    padding-inline-start: 1.25rem;
  }

  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
    margin: 0 0 var(--_gap);
  }

  .search {
    flex: 1 1 12rem;
    min-inline-size: 0;
    padding: 0.375rem 0.625rem;
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: inherit;
    font: inherit;
  }

  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
  }

  .chip {
    padding: 0.125rem 0.625rem;
    border: 1px solid var(--_line);
    border-radius: 999px;
    background: var(--_surface);
    color: inherit;
    font: inherit;
    font-size: 0.875rem;
    cursor: pointer;
  }

  .chip[aria-pressed='true'] {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_surface);
  }

  .search:focus-visible,
  .chip:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }

  .events {
    list-style: none;
    margin: 0;
    padding: 0;
  }

  .event {
    /* Off-screen events skip layout and paint until they scroll near: long timelines render fast. */
    content-visibility: auto;
    contain-intrinsic-size: auto 10rem;
    position: relative;
    padding-inline-start: calc(var(--_marker-size) + 1rem);
    padding-block: var(--_space, 0) var(--_gap);
  }

  /* Time between years as space: more before a year the longer since the previous one (list-gaps.ts). The space
     is padding, so the line runs through it and the list window measures it. */
  .gap-1 {
    --_space: 0.75rem;
  }

  .gap-2 {
    --_space: 1.5rem;
  }

  .gap-3 {
    --_space: 2.25rem;
  }

  .gap-4 {
    --_space: 3rem;
  }

  /* The line that joins the markers. */
  .event::before {
    content: '';
    position: absolute;
    inset-block: 0;
    inset-inline-start: calc(var(--_marker-size) / 2 - 1px);
    inline-size: 2px;
    background: var(--_line);
  }

  /* Print: every event (print-controller.ts renders them all), in black on white, without the controls; no event
     split across pages, a year kept with its first event, and each source's address written out. */
  @media print {
    :host {
      --_accent: #000;
      --_text: #000;
      --_muted: #333;
      --_line: #555;
      --_border: #888;
      --_surface: #fff;
      color-scheme: light;
    }

    .spacer,
    .controls,
    .axis-controls,
    .language-picker {
      display: none;
    }

    /* The axis prints as the list: its styles (time-axis.styles.ts, under --_h: 1) stand down. */
    :host(:state(horizontal)) div.timeline {
      --_h: 0;
    }

    .event {
      content-visibility: visible;
      break-inside: avoid;
    }

    .year-label,
    .gap {
      break-after: avoid;
    }

    .sources a::after,
    .links a::after {
      content: ' <' attr(href) '>';
    }

    /* The axis's overview fills the first page's width, and at most the page; the list starts on the next. */
    .print-overview {
      margin: 0 0 1rem;
      break-after: page;
    }
  }

  /* The line ends at the last marker: below its year, and below the break before it. */
  .event:last-child::before {
    inset-block-end: auto;
    block-size: 1rem;
  }

  .event:last-child:has(.year-label)::before {
    block-size: calc(var(--_space, 0px) + 3rem);
  }

  .event:last-child:has(.gap)::before {
    block-size: calc(var(--_space) + 4.25rem);
  }

  /* The first event of each year carries the year, on the line: the list reads as groups by year. */
  .year-label {
    margin: 0 0 0.5rem;
    font-size: 1.125rem;
    font-weight: 700;
    line-height: 1.75rem;
  }

  .year-label + .marker {
    inset-block-start: calc(var(--_space, 0px) + 2.55rem);
  }

  /* After a long gap, a break before the year says how long: "9 years later", on one line of known height. */
  .gap {
    margin: 0;
    font-size: 0.8125rem;
    line-height: 1.25rem;
    white-space: nowrap;
    color: var(--_muted);
  }

  .gap + .year-label + .marker {
    inset-block-start: calc(var(--_space) + 3.8rem);
  }

  /* Collapsed cards show the date and the title; the selected one opens. */
  :host([collapsed]) .event:not(.selected) :is(.relative, .description, .meta, .media, .sources) {
    display: none;
  }

  :host([collapsed]) .event {
    cursor: pointer;
  }

  .marker {
    position: absolute;
    inset-inline-start: 0;
    inset-block-start: 0.3rem;
    inline-size: var(--_marker-size);
    block-size: var(--_marker-size);
    border: 2px solid var(--_accent);
    border-radius: 50%;
    background: var(--_accent);
  }

  /* An approximate date gets a hollow, dashed marker: visibly less certain. */
  .event.approximate .marker {
    border-style: dashed;
    background: var(--_surface);
  }

  /* An uncertain date ("2014?") gets a striped marker, on the list and on the axis: not the same as approximate. */
  .event.uncertain .marker {
    background: repeating-linear-gradient(90deg, var(--_accent) 0 2px, var(--_surface) 2px 4px);
  }

  .card {
    padding: 0.75rem 1rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .date {
    margin: 0;
    font-size: 0.875rem;
    font-weight: 600;
    color: var(--_accent);
  }

  .title {
    margin: 0.125rem 0 0;
    font-size: 1.0625rem;
    font-weight: 700;
  }

  .description {
    margin: 0.375rem 0 0;
  }

  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    margin: 0.5rem 0 0;
    padding: 0;
    list-style: none;
    font-size: 0.8125rem;
    color: var(--_muted);
  }

  .category {
    padding: 0 0.5rem;
    border: 1px solid var(--_border);
    border-radius: 999px;
  }

  .fallback {
    font-size: 0.75rem;
    font-weight: 400;
    color: var(--_muted);
  }

  .media {
    display: block;
    max-inline-size: 100%;
    block-size: auto;
    margin-block-start: 0.5rem;
    border-radius: calc(var(--_radius) / 2);
  }

  .credits {
    display: block;
    font-size: 0.8125rem;
    color: var(--_muted);
  }

  .links {
    margin: 0.5rem 0 0;
    padding-inline-start: 1.25rem;
    font-size: 0.8125rem;
  }

  .sources {
    margin: 0.5rem 0 0;
    font-size: 0.8125rem;
    color: var(--_muted);
  }

  .sources-label {
    margin: 0;
    font-weight: 600;
  }

  .sources ol {
    margin: 0;
    padding-inline-start: 1.25rem;
  }

  a {
    color: var(--_accent);
  }

  a:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }

  @media (forced-colors: active) {
    .marker {
      forced-color-adjust: none;
      background: CanvasText;
      border-color: CanvasText;
    }

    .event::before {
      background: CanvasText;
    }

    .event.selected .card {
      border-width: 3px;
    }
  }
`;
