import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { HkAiErrorEvent, HkAiLoadEvent } from '../events.js';
import { failure, type TimelineFailure } from '../load/load-result.js';
import type * as DocumentReaderModule from '../load/read-document.js';
import type { ReadResult } from '../load/read-document.js';
import { defaultLanguagesFor, loadDefaultDocument } from '../default-documents/index.js';
import type { InterfaceLanguage } from '../model/languages.js';
import type { TimelineModel } from '../model/normalize.js';
import { fatalDiagnostic, type Diagnostic } from '../model/validate-diagnostic.js';

type DocumentReader = typeof DocumentReaderModule;

/** The validator and the model (load/read-document.ts), once loaded or provided: then documents are read at once. */
let reader: DocumentReader | undefined;

/** Reads documents with `module` from now on: the server, which renders synchronously, provides it up front. */
export function provideDocumentReader(module: DocumentReader): void {
  reader = module;
}

const loadReader = (): Promise<DocumentReader> =>
  reader
    ? Promise.resolve(reader)
    : // Its validator is a chunk it shares with the loaders: asked for at once, not once the reader has arrived.
      Promise.all([import('../load/read-document.js'), import('../model/validate.js')]).then(
        ([module]) => (reader = module),
      );

/** What the timeline shows: nothing yet, a model (with the problems found on the way), or a failure. */
export type SourceState =
  | { readonly status: 'loading' }
  | {
      readonly status: 'ready' | 'empty';
      readonly model: TimelineModel;
      readonly diagnostics: readonly Diagnostic[];
    }
  | { readonly status: 'error'; readonly failure: TimelineFailure };

/** Where a document comes from. `none`: the owner cleared what it gave, so there is no document at all. */
export type SourceKind = 'src' | 'data' | 'light-dom' | 'default' | 'none';

export interface SourceInputs {
  readonly src: string | null;
  readonly data: unknown;
  /** Which of `src` and `data` was set last. */
  readonly lastInput: 'src' | 'data' | undefined;
  /** Whether the host has authored children: `<hk-ai-event>` elements or a JSON script. */
  readonly authored: boolean;
}

/**
 * Which input a document comes from: `src` or `data`, whichever was set last (a `null` or `undefined` one gives
 * nothing); then children written in HTML; then the default dataset, but only for an element never given `src`,
 * `data` or children. Anything given once and cleared since means no document: a framework that passes `null`
 * while its own fetch is in flight must not flash someone else's events.
 */
export function chooseSource(inputs: SourceInputs): SourceKind {
  const hasData = inputs.data !== undefined && inputs.data !== null;
  if (inputs.src && (inputs.lastInput === 'src' || !hasData)) return 'src';
  if (hasData) return 'data';
  if (inputs.authored) return 'light-dom';
  return inputs.lastInput === undefined ? 'default' : 'none';
}

export interface DataSourceHost extends ReactiveControllerHost, HTMLElement {
  readonly src: string | null;
  readonly data: unknown;
  /** How long a `src` request may take, in milliseconds. */
  readonly timeout: number;
}

/** The languages the timeline needs text in (to show, or to search): the default dataset is loaded in those. */
export type ContentLanguages = () => readonly InterfaceLanguage[];

const covered = (have: readonly InterfaceLanguage[], need: readonly InterfaceLanguage[]) =>
  need.every((language) => have.includes(language));

const EMPTY_DOCUMENT = { events: [] };
const AUTHORED = ':scope > script[type="application/json"], :scope > hk-ai-event';

/**
 * Loads the host's document, shaped like `@lit/task` (not used itself: its 1.3 KB buy us nothing we lack here):
 * `src`, `data`, authored children or the default dataset (see `chooseSource`), validated and normalised into
 * `state`. A newer input aborts the request in flight, and each run has an id, so that a stale answer never lands.
 * A request cut short by disconnection starts again on reconnection. Authored children are read again whenever
 * they change. `hk-ai-load` or `hk-ai-error` is fired after the render that shows the outcome.
 */
export class DataSourceController implements ReactiveController {
  private _current: SourceState = { status: 'loading' };
  private _lastInput: 'src' | 'data' | undefined;
  private _kind?: SourceKind;
  /** The languages of the default dataset: asked for last, and in the document on screen. */
  private _asked: readonly InterfaceLanguage[] = [];
  private _shown: readonly InterfaceLanguage[] = [];
  private _dirty = true;
  private _run = 0;
  private _inFlight?: AbortController;
  private _pendingNotice?: Event;
  private _childObserver?: MutationObserver;

  constructor(
    private readonly _host: DataSourceHost,
    /** Called when a run settles with a document, before the render that shows it. */
    private readonly _onModel: () => void = () => {},
    /** The host's custom states: the status shows as `:state(loading)`, `:state(ready)`, … */
    private readonly _states?: CustomStateSet,
    private readonly _languages: ContentLanguages = () => ['en'],
  ) {
    this._host.addController(this);
    this._states?.add('loading');
  }

  /** What there is to show. */
  get state(): SourceState {
    return this._current;
  }

  private set state(next: SourceState) {
    this._states?.delete(this._current.status);
    this._current = next;
    this._states?.add(next.status);
  }

  /** Records that the owner set `src` or `data`: the next update loads again. */
  inputChanged(input: 'src' | 'data'): void {
    this._lastInput = input;
    this.invalidate();
  }

  /** The default dataset loading in new languages (see `holding`); else `undefined`. */
  pending?: Promise<void> | undefined;

  /**
   * True while the default dataset loads in new languages: the host keeps showing the old ones meanwhile, whole
   * (no loading state, so the reader keeps their place), and its `updateComplete` waits for `pending`.
   */
  get holding(): boolean {
    return (
      this._kind === 'default' && this.state.status === 'ready' && !covered(this._shown, this._languages())
    );
  }

  /** Loads again at the next update (after a failure, or when children changed). */
  invalidate(): void {
    this._dirty = true;
    this._host.requestUpdate();
  }

  /**
   * Starts a run when an input changed since the last one. Called by the host at the start of `willUpdate`, so the
   * update that follows a change of `data` already shows it (and @lit-labs/ssr, which calls no `hostUpdate`, too).
   */
  sync(): void {
    // The default dataset comes in the languages needed: new ones load it again.
    const languages = this._languages();
    if (this._kind === 'default' && !covered(this._asked, languages)) this._dirty = true;
    if (!this._dirty) return;
    this._dirty = false;
    this._cancel();
    const run = ++this._run;
    const host = this._host;
    const kind = chooseSource({
      src: host.src,
      data: host.data,
      lastInput: this._lastInput,
      authored: !isServer && !!host.querySelector(AUTHORED),
    });
    const stays = kind === 'default' && this._kind === kind && this.state.status === 'ready';
    this._kind = kind;
    const asked = defaultLanguagesFor(languages);
    if (kind === 'default') this._asked = asked;
    this.pending = undefined;
    const given = kind === 'data' || kind === 'none';
    if (given && reader) {
      this._settle(reader.readDocument(kind === 'data' ? host.data : EMPTY_DOCUMENT));
      return;
    }
    const controller = new AbortController();
    this._inFlight = controller;
    if (!stays) this.state = { status: 'loading' };
    const done = load(kind, host, controller.signal, asked)
      .catch((error: unknown) =>
        failure('network', [
          fatalDiagnostic('network-error', `the data could not be loaded (${String(error)})`),
        ]),
      )
      .then((result) => {
        // A superseded or cancelled run is not an error: its answer is simply dropped.
        if (run !== this._run || controller.signal.aborted) return;
        this._inFlight = undefined;
        this.pending = undefined;
        this._shown = asked;
        this._settle(result, stays);
        host.requestUpdate();
      });
    // A reload that keeps the old document on screen holds `updateComplete` back, and so does `data` waiting for
    // the reader (the update after setting it shows it, once the reader is in); a first load does not.
    this.pending = stays || given ? done : undefined;
  }

  hostConnected(): void {
    // A run cancelled by an earlier disconnection starts again.
    if (this.state.status === 'loading' && !this._inFlight) this.invalidate();
    this._childObserver ??= new MutationObserver((records) => {
      // The host's own attributes (lang, selected, …) are not authored content.
      const authored = records.some((record) => record.target !== this._host || record.type !== 'attributes');
      const { src, data } = this._host;
      if (authored && chooseSource({ src, data, lastInput: this._lastInput, authored }) === 'light-dom')
        this.invalidate();
    });
    this._childObserver.observe(this._host, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
    });
  }

  hostDisconnected(): void {
    this._cancel();
    this._childObserver?.disconnect();
  }

  /** Fires the outcome after the render that shows it, so listeners find the events in the shadow DOM. */
  hostUpdated(): void {
    const notice = this._pendingNotice;
    this._pendingNotice = undefined;
    if (notice) this._host.dispatchEvent(notice);
  }

  private _cancel(): void {
    this._inFlight?.abort();
    this._inFlight = undefined;
  }

  /** `again`: the same events in other languages, so the host's model-change work (a list's reset) is skipped. */
  private _settle(result: ReadResult, again = false): void {
    if (!result.ok) {
      this.state = { status: 'error', failure: result.failure };
      this._pendingNotice = new HkAiErrorEvent(result.failure);
      return;
    }
    const { model } = result;
    const count = model.entries.length;
    this.state = { status: count > 0 ? 'ready' : 'empty', model, diagnostics: result.diagnostics };
    this._pendingNotice = new HkAiLoadEvent({ count, diagnostics: result.diagnostics });
    if (!again) this._onModel();
  }
}

/** The asynchronous sources, each loaded on demand: a page that gives its data inline downloads none of them. */
function load(
  kind: SourceKind,
  host: DataSourceHost,
  signal: AbortSignal,
  languages: readonly InterfaceLanguage[],
): Promise<ReadResult> {
  // Each source loads beside the reader: both requests at once.
  if (kind === 'src') {
    return Promise.all([import('../load/fetch-timeline.js'), loadReader()]).then(
      async ([{ fetchTimeline }, { readLoaded }]) =>
        readLoaded(await fetchTimeline(host.src as string, { signal, timeoutMs: host.timeout })),
    );
  }
  if (kind === 'light-dom') {
    // The light-DOM reader imports the JSON reader from the fetching file: those requests at once too.
    return Promise.all([
      import('../load/light-dom.js'),
      loadReader(),
      import('../load/fetch-timeline.js'),
    ]).then(([{ timelineFromLightDom }, { readDocument, readLoaded }]) => {
      const authored = timelineFromLightDom(host);
      // Children removed meanwhile leave nothing to show.
      return authored ? readLoaded(authored) : readDocument(EMPTY_DOCUMENT);
    });
  }
  if (kind === 'default') {
    return Promise.all([loadDefaultDocument(languages), loadReader()]).then(([document, { readDocument }]) =>
      readDocument(document),
    );
  }
  return loadReader().then(({ readDocument }) => readDocument(kind === 'data' ? host.data : EMPTY_DOCUMENT));
}
