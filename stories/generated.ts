import type { TimelineDocumentJson, TimelineEraJson, TimelineEventJson } from '../src/model/types.js';

const CATEGORIES = [
  { en: 'Research', ko: '연구', 'zh-Hant': '研究' },
  { en: 'Industry', ko: '산업', 'zh-Hant': '產業' },
  { en: 'Policy', ko: '정책', 'zh-Hant': '政策' },
];

/** Three synthetic eras over 2000–2024, for the time axis. */
const SYNTHETIC_ERAS: TimelineEraJson[] = [
  { date: '2000', end: '2007' },
  { date: '2008', end: '2015' },
  { date: '2016', end: '2024' },
].map(({ date, end }, index) => ({
  title: {
    en: `Synthetic era ${index + 1}`,
    ko: `합성 시대 ${index + 1}`,
    'zh-Hant': `合成時期 ${index + 1}`,
  },
  date,
  end,
}));

/**
 * A synthetic document of `count` events spread over 2000–2024, with every precision, for showing scale;
 * with `eras`, also three synthetic eras. Deterministic, so stories and screenshots are stable.
 */
export function syntheticTimeline(count: number, options: { eras?: boolean } = {}): TimelineDocumentJson {
  const events: TimelineEventJson[] = Array.from({ length: count }, (_, index) => {
    const year = 2000 + (index % 25);
    const month = String((index % 12) + 1).padStart(2, '0');
    const day = String((index % 28) + 1).padStart(2, '0');
    const date =
      index % 3 === 0 ? `${year}` : index % 3 === 1 ? `${year}-${month}` : `${year}-${month}-${day}`;
    const number = index + 1;
    return {
      id: `event-${number}`,
      date,
      approximate: index % 7 === 0,
      title: { en: `Synthetic event ${number}`, ko: `합성 사건 ${number}`, 'zh-Hant': `合成事件 ${number}` },
      category: CATEGORIES[index % CATEGORIES.length]!,
    };
  });
  return {
    title: { en: `${count} synthetic events`, ko: `합성 사건 ${count}개`, 'zh-Hant': `${count} 個合成事件` },
    events,
    ...(options.eras && { eras: SYNTHETIC_ERAS }),
  };
}
