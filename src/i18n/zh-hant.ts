import { zhHK } from 'date-fns/locale/zh-HK';
import { dateFormatter } from './date-patterns.js';
import type { Translation } from './translation.js';

const CONFIDENCE = { high: '高', medium: '中', low: '低' } as const;

export const zhHant: Translation = {
  lang: 'zh-Hant',
  languageNames: { en: '英文', ko: '韓文', 'zh-Hant': '中文' },
  dateLocale: zhHK,
  formatDate: dateFormatter('zh-HK', 'long'),
  yearFirst: true,
  approximate: (parts) => ['約', ...parts],
  range: (start, end) => [start, '至', end],
  relative: (distance, direction) =>
    direction === 'same' ? '同一時期' : `${distance}${direction === 'earlier' ? '前' : '後'}`,
  yearsLater: (years) => `${years} 年後`,
  eventsLabel: '大事記',
  loading: '正在載入時間線…',
  empty: '沒有可顯示的事件。',
  loadFailed: '無法載入時間線。',
  failureHints: {
    parse: '數據檔案不是有效的 JSON，請用 JSON 驗證工具檢查。',
    shape: '數據是 JSON，但不是時間線文件：須為包含「events」陣列的物件。',
    http: '伺服器拒絕了數據檔案的請求，請檢查地址是否正確。',
    network: '無法連接數據檔案，請檢查網絡連線、地址，以及伺服器是否容許跨來源請求（CORS）。',
  },
  skipped: (count) => `${count} 個事件無法顯示。`,
  warnings: (count) => `已略過 ${count} 個數值。`,
  searchLabel: '搜尋事件',
  categoryLabel: '類別',
  allCategories: '全部',
  results: (shown, total) => `${total} 個事件中的 ${shown} 個`,
  noMatches: '沒有符合搜尋或篩選條件的事件。',
  sources: '資料來源',
  category: '類別',
  confidence: (level) => `日期可信度：${CONFIDENCE[level]}`,
  notAvailableIn: (language) => `沒有${language}版本`,
};
