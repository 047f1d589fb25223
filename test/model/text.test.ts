import { expect } from '@open-wc/testing';
import { isTraditionalChinese, matchSupportedLanguage, resolveLanguage } from '../../src/model/languages.js';
import { normalizeText } from '../../src/model/normalize.js';
import { resolveText } from '../../src/model/text.js';

describe('languages', () => {
  const cases: [string, string | undefined][] = [
    ['ko', 'ko'],
    ['ko-KR', 'ko'],
    ['en', 'en'],
    ['en-GB', 'en'],
    ['EN-hk', 'en'],
    ['zh-HK', 'zh-Hant'],
    ['zh-TW', 'zh-Hant'],
    ['zh-Hant', 'zh-Hant'],
    ['zh-Hant-HK', 'zh-Hant'],
    ['zh', 'zh-Hant'],
    ['fr', undefined],
    ['not a tag', undefined],
    ['__proto__', undefined],
    ['', undefined],
  ];
  for (const [tag, expected] of cases) {
    it(`should match ${JSON.stringify(tag)} to ${expected ?? 'nothing'}`, () => {
      expect(matchSupportedLanguage(tag)).to.equal(expected);
    });
  }

  it('should take the first candidate it supports, else English', () => {
    expect(resolveLanguage([null, 'fr', 'ko-KR', 'en'])).to.equal('ko');
    expect(resolveLanguage(['fr', 'de'])).to.equal('en');
  });
});

describe('resolveText', () => {
  const text = normalizeText({ en: 'SenseTime', ko: '센스타임', 'zh-Hans': '商汤', 'zh-Hant': '商湯' });

  it('should pick the reader’s language and say it is no fallback', () => {
    expect(resolveText(text, 'ko')).to.deep.equal({ text: '센스타임', lang: 'ko', isFallback: false });
  });

  it('should prefer Traditional over Simplified Chinese for zh-Hant readers', () => {
    expect(resolveText(text, 'zh-Hant')).to.deep.equal({ text: '商湯', lang: 'zh-Hant', isFallback: false });
  });

  it('should fall back to English first, then the other languages, then anything', () => {
    expect(resolveText(normalizeText({ 'zh-Hant': '商湯', en: 'SenseTime' }), 'ko')).to.deep.equal({
      text: 'SenseTime',
      lang: 'en',
      isFallback: true,
    });
    expect(resolveText(normalizeText({ fr: 'Bonjour' }), 'ko')).to.deep.equal({
      text: 'Bonjour',
      lang: 'fr',
      isFallback: true,
    });
  });

  it('should give a plain string the document’s language, or none', () => {
    expect(resolveText(normalizeText('Hi', 'en'), 'en')).to.deep.equal({
      text: 'Hi',
      lang: 'en',
      isFallback: false,
    });
    expect(resolveText(normalizeText('Hi'), 'en')).to.deep.equal({ text: 'Hi', lang: '', isFallback: true });
  });
});

describe('isTraditionalChinese', () => {
  it("should agree with the tag's likely script, asking for it only where neither script nor region says", () => {
    const tags = 'zh zh-Hant zh-Hans zh-HK zh-TW zh-MO zh-CN zh-SG zh-Hant-HK zh-Hans-HK'.split(' ');
    const { maximize } = Intl.Locale.prototype;
    let asked = 0;
    Intl.Locale.prototype.maximize = function (this: Intl.Locale) {
      asked += 1;
      return maximize.call(this);
    };
    try {
      const ours = tags.map((tag) => isTraditionalChinese(tag));
      expect(asked, 'likely scripts asked for').to.equal(0);
      expect(isTraditionalChinese('zh-US')).to.equal(new Intl.Locale('zh-US').maximize().script === 'Hant');
      expect(ours).to.deep.equal(tags.map((tag) => new Intl.Locale(tag).maximize().script === 'Hant'));
    } finally {
      Intl.Locale.prototype.maximize = maximize;
    }
  });
});
