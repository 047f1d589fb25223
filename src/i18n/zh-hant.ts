import { calendarFormatter } from './date-patterns.js';
import type { Translation } from './translation.js';

const CONFIDENCE = { high: '高', medium: '中', low: '低' } as const;

export const zhHant: Translation = {
  lang: 'zh-Hant',
  // "2014年10月28日", "公元前44年3月", "公元14年", as Intl writes zh-HK.
  formatDate: calendarFormatter(
    (precision, year, era, month, day) =>
      `${era && (era === 'bc' ? '公元前' : '公元')}${year}年${precision === 'year' ? '' : `${month}月`}${precision === 'day' ? `${day}日` : ''}`,
  ),
  yearFirst: true,
  approximate: (parts) => ['約', ...parts],
  uncertain: (parts) => [...parts, '（？）'],
  decade: (year) => `${year}年代`,
  century: (century) => `${century}世紀`,
  openPeriod: (date, open) => (open === 'end' ? [date, '起'] : ['至', date]),
  range: (start, end) => [start, '至', end],
  relative: (distance, direction) =>
    direction === 'same' ? '同一時期' : `${distance}${direction === 'earlier' ? '前' : '後'}`,
  yearsLater: (years) => `${years} 年後`,
  eventsLabel: '大事記',
  loading: '正在載入時間線…',
  empty: '沒有可顯示的事件。',
  loadFailed: '無法載入時間線。',
  failureHints: {
    parse: '資料檔案不是有效的 JSON，請用 JSON 驗證工具檢查。',
    shape: '資料雖是 JSON 格式，但不是時間線文件：須為包含「events」陣列的物件。',
    http: '伺服器沒有傳回資料檔案，請檢查網址是否正確。',
    network: '無法取得資料檔案，請檢查網絡連線、網址，以及伺服器是否容許跨來源請求（CORS）。',
  },
  skipped: (count) => `${count} 個事件無法顯示。`,
  warnings: (count) => `已略過 ${count} 項資料。`,
  language: '語言',
  searchLabel: '搜尋事件',
  categoryLabel: '類別',
  allCategories: '全部',
  results: (shown, total) => `顯示 ${shown} 個（共 ${total} 個）事件`,
  noMatches: '沒有符合搜尋或篩選條件的事件。',
  sources: '資料來源',
  category: '類別',
  confidence: (level) => `日期可信度：${CONFIDENCE[level]}`,
  notAvailableIn: (language) => `沒有${language}版本`,
  axis: {
    zoom: '縮放',
    zoomIn: '放大',
    zoomOut: '縮小',
    levels: { fit: '全部', decade: '十年', year: '年', quarter: '季', month: '月', week: '週', day: '日' },
    eras: '時期',
    today: '今日',
    named: (name) => `${name}，`,
    visiblePeriod: '顯示的時段',
    day: (day) => `${day}日`,
    cluster: (count, period) => `${count} 個事件，${period}`,
    zoomed: (period, count) => `已放大顯示${period}：${count} 個事件`,
  },
};
