import { expect } from '@open-wc/testing';
import milestones from '../../data/hk-ai-milestones.json' with { type: 'json' };
import {
  clampLevel,
  contentLanguagesOf,
  createViewDeriver,
  lastOf,
  statusTextOf,
  type TimelineViewInput,
} from '../../src/components/timeline/timeline-view.js';
import type { SourceState } from '../../src/controllers/data-source-controller.js';
import { TRANSLATIONS } from '../../src/i18n/index.js';
import { normalizeTimeline } from '../../src/model/normalize.js';
import { validateTimeline } from '../../src/model/validate.js';

const validated = validateTimeline(milestones);
if (!validated.ok) throw new Error('test setup: the default dataset should be valid');
const model = normalizeTimeline(validated.document);
const READY: SourceState = { status: 'ready', model, diagnostics: [] };
const en = TRANSLATIONS.en;

function input(overrides: Partial<TimelineViewInput> = {}): TimelineViewInput {
  return {
    state: READY,
    translation: en,
    language: 'en',
    displayLang: undefined,
    filter: undefined,
    query: undefined,
    headingLevel: 2,
    layout: 'vertical',
    axisReady: false,
    waiting: false,
    selected: undefined,
    active: undefined,
    relative: undefined,
    holding: false,
    window: () => undefined,
    overview: () => undefined,
    ...overrides,
  };
}

describe('timeline view', () => {
  describe('statusTextOf', () => {
    it('should say loading, empty, no matches, a count, or nothing', () => {
      expect(statusTextOf('loading', 0, 0, en)).to.equal(en.loading);
      expect(statusTextOf('empty', 0, 0, en)).to.equal(en.empty);
      expect(statusTextOf('ready', 0, 14, en)).to.equal(en.noMatches);
      expect(statusTextOf('ready', 3, 14, en)).to.equal(en.results(3, 14));
      expect(statusTextOf('ready', 14, 14, en)).to.equal('');
    });
  });

  it('should clamp heading levels to 1–5, and fall back to 2', () => {
    expect([0, 1, 5, 6, 2.5, Number.NaN].map(clampLevel)).to.deep.equal([1, 1, 5, 5, 2, 2]);
  });

  it('should take display-lang, else the interface language', () => {
    expect(contentLanguagesOf('zh-Hant en', 'ko')).to.deep.equal(['zh-Hant', 'en']);
    expect(contentLanguagesOf(undefined, 'ko')).to.deep.equal(['ko']);
    expect(contentLanguagesOf('  ', 'en')).to.deep.equal(['en']);
  });

  it('should remember the last result for the same arguments only', () => {
    let calls = 0;
    const double = lastOf((value: number) => {
      calls += 1;
      return value * 2;
    });
    expect([double(2), double(2), double(3), double(2)]).to.deep.equal([4, 4, 6, 4]);
    expect(calls).to.equal(3);
  });

  describe('createViewDeriver', () => {
    it('should show every event with the first as the tab stop when nothing is active', () => {
      const view = createViewDeriver()(input());
      expect(view.status).to.equal('ready');
      expect(view.showsEvents).to.equal(true);
      expect(view.entries).to.equal(model.entries);
      expect(view.rendered).to.equal(undefined);
      expect(view.tabStop).to.equal(model.entries[0]!.id);
      expect(view.categories.length).to.be.above(1);
    });

    it('should give the tab stop to the active event, else the selected one, among those rendered', () => {
      const derive = createViewDeriver();
      const [first, second, third] = model.entries.map((entry) => entry.id);
      expect(derive(input({ active: third, selected: second })).tabStop).to.equal(third);
      expect(derive(input({ selected: second })).tabStop).to.equal(second);
      // A window that does not hold the active event: the first rendered one takes the tab stop.
      const windowed = derive(input({ active: first, window: () => ({ start: 1, end: 3 }) }));
      expect(windowed.rendered).to.deep.equal([1, 2]);
      expect([windowed.before, windowed.after]).to.deep.equal([1, model.entries.length - 3]);
      expect(windowed.tabStop).to.equal(second);
    });

    it("should render the time axis's choice of events, and nothing until the axis has loaded", () => {
      const derive = createViewDeriver();
      const waiting = derive(input({ layout: 'horizontal', window: () => ({ indexes: [0, 5] }) }));
      expect(waiting.showsEvents).to.equal(false);
      expect(waiting.tabStop).to.equal(undefined);
      const axis = derive(
        input({ layout: 'horizontal', axisReady: true, window: () => ({ indexes: [4, 5] }) }),
      );
      expect(axis.rendered).to.deep.equal([4, 5]);
      expect(axis.tabStop).to.equal(model.entries[4]!.id);
    });

    it('should filter once per model and query: a language change reuses the filtered events', () => {
      const derive = createViewDeriver();
      const english = derive(input({ query: 'cyberport' }));
      expect(english.entries.length).to.be.within(1, model.entries.length - 1);
      expect(english.statusText).to.equal(en.results(english.entries.length, model.entries.length));
      const korean = derive(input({ query: 'cyberport', translation: TRANSLATIONS.ko, language: 'ko' }));
      expect(korean.entries).to.equal(english.entries);
      expect(korean.categories).to.equal(english.categories);
      expect(korean.statusText).to.equal(
        TRANSLATIONS.ko.results(english.entries.length, model.entries.length),
      );
    });

    it('should show nothing of its own while the server HTML is held, and no events while loading', () => {
      const derive = createViewDeriver();
      const holding = derive(input({ holding: true }));
      expect([holding.holding, holding.showsEvents]).to.deep.equal([true, false]);
      const loading = derive(input({ state: { status: 'loading' } }));
      expect([loading.showsEvents, loading.entries.length, loading.statusText]).to.deep.equal([
        false,
        0,
        en.loading,
      ]);
    });

    it('should carry a failure and its diagnostics, and the diagnostics of a document that loaded', () => {
      const derive = createViewDeriver();
      const diagnostic = { severity: 'error', code: 'invalid-date', path: '$.events[0].date', message: 'x' };
      const failed = derive(
        input({
          state: {
            status: 'error',
            failure: { kind: 'shape', message: 'x', diagnostics: [diagnostic] as never },
          },
        }),
      );
      expect(failed.failure?.kind).to.equal('shape');
      expect(failed.diagnostics).to.deep.equal([]);
      const partial = derive(input({ state: { ...READY, diagnostics: [diagnostic] as never } }));
      expect(partial.failure).to.equal(undefined);
      expect(partial.diagnostics).to.have.length(1);
    });
  });
});
