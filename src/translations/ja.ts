/**
 * Japanese, a translation a page registers (`registerTranslation(ja)`): the test case for languages beyond the
 * built-in three. It imports nothing, so a page without a bundler can load it beside the one-file build. Dates are
 * written by `Intl.DateTimeFormat('ja')` ("2014年10月", "紀元前44年"), since it gives no `formatDate`.
 *
 * Relative dates ("約10年前") word their distance with a date-fns locale: add one for "約" with
 * `registerTranslation({ ...ja, distanceLocale: jaLocale })` (`import { ja as jaLocale } from 'date-fns/locale/ja'`).
 * Without it, `Intl` words the distance ("10年前").
 */
import type { TranslationInput } from '../i18n/translation.js';

const CONFIDENCE = { high: '高', medium: '中', low: '低' } as const;

export const ja: TranslationInput = {
  lang: 'ja',
  yearFirst: true,
  // 頃 follows one date ("2014年頃"), but after a period it binds to the end alone: "2024年2月～5月頃" reads as
  // "from February to about May 2024". およそ before a period covers all of it: "およそ2013～2014年",
  // "およそ2024年2月～5月". (約 would bind to the start, and reads as a quantity: "約2～3年".)
  approximate: (parts) => (parts.length > 1 ? ['およそ', ...parts] : [...parts, '頃']),
  uncertain: (parts) => [...parts, '（？）'],
  decade: (year) => `${year}年代`,
  century: (century) => `${century}世紀`,
  openPeriod: (date, open) => (open === 'end' ? [date, '～'] : [date, 'まで']),
  // The wave dash, unspaced: "2013～2014年", "2024年2月～5月", "622年8月9日～23日".
  range: (start, end) => [start, '～', end],
  // Intl's distance has a space before its unit ("10 年"); Japanese writes none.
  relative: (distance, direction) =>
    direction === 'same'
      ? '同時期'
      : `${distance.replace(/\s+/g, '')}${direction === 'earlier' ? '前' : '後'}`,
  yearsLater: (years) => `${years}年後`,
  eventsLabel: '主な出来事',
  loading: 'タイムラインを読み込んでいます…',
  empty: '表示する出来事はありません。',
  loadFailed: 'タイムラインを読み込めませんでした。',
  failureHints: {
    parse: 'データファイルが正しいJSON形式ではありません。JSON検証ツールで確認してください。',
    shape:
      'データはJSON形式ですが、タイムラインの形式ではありません。「events」配列を含むオブジェクトである必要があります。',
    http: 'サーバーからデータファイルを受け取れませんでした。URLが正しいか確認してください。',
    network:
      'データファイルを取得できませんでした。ネットワークに接続されているか、URLが正しいか、サーバーがクロスオリジンリクエスト（CORS）を許可しているかを確認してください。',
  },
  skipped: (count) => `${count}件の出来事を表示できませんでした。`,
  warnings: (count) => `${count}件の値を無視しました。`,
  language: '言語',
  searchLabel: '出来事を検索',
  categoryLabel: 'カテゴリー',
  allCategories: 'すべて',
  results: (shown, total) => `${total}件中${shown}件を表示`,
  noMatches: '条件に一致する出来事はありません。',
  sources: '出典',
  category: 'カテゴリー',
  confidence: (level) => `日付の確度：${CONFIDENCE[level]}`,
  // After a title in another language: "(日本語訳なし)", no Japanese translation of it.
  notAvailableIn: (language) => `${language}訳なし`,
  axis: {
    zoom: 'ズーム',
    zoomIn: '拡大',
    zoomOut: '縮小',
    levels: {
      fit: '全体',
      decade: '10年',
      year: '年',
      quarter: '四半期',
      month: '月',
      week: '週',
      day: '日',
    },
    eras: '時期',
    today: '今日',
    // A label leads its value with a colon: "報道：2024年12月8日", "今日：2024年12月8日".
    named: (name) => `${name}：`,
    visiblePeriod: '表示中の期間',
    day: (day) => `${day}日`,
    // The period leads as a modifier, as Japanese orders it: "2023～2024年の出来事7件".
    cluster: (count, period) => `${period}の出来事${count}件`,
    // A period is zoomed into (を拡大表示), not enlarged to (に拡大): "2023～2024年を拡大表示：出来事7件".
    zoomed: (period, count) => `${period}を拡大表示：出来事${count}件`,
  },
};

export default ja;
