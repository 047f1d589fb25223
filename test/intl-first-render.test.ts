/**
 * A timeline's first render in a built-in language makes no `Intl` object: on a fresh page the first one costs
 * 30–80 ms while ICU loads its data (see `calendarFormatter`), which the render would wait for. Every `Intl`
 * constructor, and `Intl.Locale`'s `maximize`, is counted from before the first timeline is made; the element's
 * modules make none as they load.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import type { HkAiTimeline } from '../src/components/timeline/timeline.js';
import { settled } from './helpers/timeline-harness.js';

const made: string[] = [];
const intl = Intl as unknown as Record<string, unknown>;
// A locale's own fields (`new Intl.Locale(tag).language`) need no ICU data; its likely script (`maximize`) does.
const { maximize } = Intl.Locale.prototype;
Intl.Locale.prototype.maximize = function (this: Intl.Locale) {
  made.push(`Intl.Locale(${this.baseName}).maximize()`);
  return maximize.call(this);
};
for (const name of Object.getOwnPropertyNames(Intl)) {
  const value = intl[name];
  if (typeof value !== 'function' || !/^[A-Z]/.test(name) || name === 'Locale') continue;
  intl[name] = new Proxy(value, {
    construct(target, args, newTarget) {
      made.push(`new Intl.${name}(${JSON.stringify(args)})`);
      return Reflect.construct(target as new (...a: unknown[]) => object, args, newTarget);
    },
    apply(target, self, args) {
      made.push(`Intl.${name}(${JSON.stringify(args)})`);
      return Reflect.apply(target as (...a: unknown[]) => unknown, self, args);
    },
  });
}

describe('a first render in a built-in language', () => {
  for (const layout of ['vertical', 'horizontal'] as const) {
    for (const lang of ['ko', 'en', 'zh-Hant'] as const) {
      it(`should write every date of the default dataset without making an Intl object (${layout}, ${lang})`, async () => {
        made.length = 0;
        const el = await fixture<HkAiTimeline>(
          html`<hk-ai-timeline lang=${lang} layout=${layout} style="width: 1024px"></hk-ai-timeline>`,
        );
        await settled(el);
        if (layout === 'horizontal')
          await waitUntil(() => el.shadowRoot!.querySelector('.tick'), 'the axis drew no ticks', {
            timeout: 5000,
          });
        await el.updateComplete;
        const dates = [...el.shadowRoot!.querySelectorAll('time')].filter((time) => time.textContent!.trim());
        expect(dates.length, 'dates on screen').to.be.greaterThan(5);
        expect(made).to.deep.equal([]);
      });
    }
  }
});
