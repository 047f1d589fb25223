import { calendarFormatter } from './date-patterns.js';
import type { Translation } from './translation.js';

const CONFIDENCE = { high: '높음', medium: '보통', low: '낮음' } as const;

export const ko: Translation = {
  lang: 'ko',
  // "2014년 10월 28일", "기원전 44년 3월", "서기 14년", as Intl writes ko.
  formatDate: calendarFormatter(
    (precision, year, era, month, day) =>
      `${era && (era === 'bc' ? '기원전 ' : '서기 ')}${year}년${precision === 'year' ? '' : ` ${month}월`}${precision === 'day' ? ` ${day}일` : ''}`,
  ),
  yearFirst: true,
  // "경" follows one date ("2014년경"), but after a period it reads as bound to its end: "2013~2014년경" can
  // mean "from 2013 to about 2014". "약" before a period covers all of it, as in "약 2~3년": "약 2013~2014년".
  approximate: (parts) => (parts.length > 1 ? ['약 ', ...parts] : [...parts, '경']),
  // A question mark in brackets, as Korean catalogues mark a doubtful date: "2014년(?)".
  uncertain: (parts) => [...parts, '(?)'],
  decade: (year) => `${year}년대`,
  century: (century) => `${century}세기`,
  openPeriod: (date, open) => (open === 'end' ? [date, '~'] : [date, '까지']),
  // The tilde, unspaced, as Korean writers join periods: "2024년 2월~5월", "2013~2014년".
  range: (start, end) => [start, '~', end],
  // date-fns words "over 10 years" "10년 이상"; before 전/후 Korean writes "10년여 전", not "10년 이상 전".
  relative: (distance, direction) =>
    direction === 'same'
      ? '같은 시기'
      : `${distance.replace(' 이상', '여')} ${direction === 'earlier' ? '전' : '후'}`,
  yearsLater: (years) => `${years}년 후`,
  eventsLabel: '주요 사건',
  loading: '타임라인을 불러오는 중…',
  empty: '표시할 사건이 없습니다.',
  loadFailed: '타임라인을 불러오지 못했습니다.',
  failureHints: {
    parse: '데이터 파일이 올바른 JSON 형식이 아닙니다. JSON 검사기로 확인해 주세요.',
    shape: '데이터는 JSON 형식이지만 타임라인 문서가 아닙니다. "events" 배열이 있는 객체여야 합니다.',
    http: '서버에서 데이터 파일을 받지 못했습니다. 주소가 맞는지 확인해 주세요.',
    network:
      '데이터 파일을 가져올 수 없습니다. 네트워크 연결과 주소, 서버의 교차 출처 요청(CORS) 허용 여부를 확인해 주세요.',
  },
  skipped: (count) => `사건 ${count}건을 표시하지 못했습니다.`,
  warnings: (count) => `값 ${count}개를 무시했습니다.`,
  language: '언어',
  searchLabel: '사건 검색',
  categoryLabel: '분류',
  allCategories: '전체',
  results: (shown, total) => `사건 ${total}건 중 ${shown}건 표시`,
  noMatches: '검색어나 분류에 맞는 사건이 없습니다.',
  sources: '출처',
  category: '분류',
  confidence: (level) => `날짜 신뢰도: ${CONFIDENCE[level]}`,
  notAvailableIn: (language) => `${language} 텍스트 없음`,
  axis: {
    zoom: '확대/축소',
    zoomIn: '확대',
    zoomOut: '축소',
    levels: { fit: '전체', decade: '10년', year: '연', quarter: '분기', month: '월', week: '주', day: '일' },
    eras: '시기',
    today: '오늘',
    named: (name) => `${name}, `,
    visiblePeriod: '보이는 기간',
    day: (day) => `${day}일`,
    cluster: (count, period) => `사건 ${count}건, ${period}`,
    // The period ends in 년 (which takes 으로) or in 월 or 일 (로).
    zoomed: (period, count) => `${period}${period.endsWith('년') ? '으' : ''}로 확대: 사건 ${count}건`,
  },
};
