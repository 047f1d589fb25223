import type { TimelineDocumentJson, TimelineEventJson } from '../src/model/types.js';

const CATEGORIES = [
  { en: 'Research', ko: '연구', 'zh-Hant': '研究' },
  { en: 'Industry', ko: '산업', 'zh-Hant': '產業' },
  { en: 'Policy', ko: '정책', 'zh-Hant': '政策' },
];

/**
 * A synthetic document of `count` events spread over 2000–2024, with every precision, for showing scale.
 * Deterministic, so stories and screenshots are stable.
 */
export function syntheticTimeline(count: number): TimelineDocumentJson {
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
  };
}
