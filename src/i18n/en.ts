import { calendarFormatter } from './date-patterns.js';
import type { Translation } from './translation.js';

const MONTHS = 'January February March April May June July August September October November December'.split(
  ' ',
);

// Hong Kong English follows British conventions: "28 October 2024", "44 BC", as Intl writes en-GB.
export const en: Translation = {
  lang: 'en',
  formatDate: calendarFormatter((precision, year, era, month, day) => {
    const named = era ? `${year} ${era.toUpperCase()}` : String(year);
    return precision === 'year'
      ? named
      : `${precision === 'day' ? `${day} ` : ''}${MONTHS[month - 1]} ${named}`;
  }),
  yearFirst: false,
  approximate: (parts) => ['c. ', ...parts],
  uncertain: (parts) => [...parts, '?'],
  decade: (year) => `the ${year}s`,
  // 1st, 2nd, 3rd, 4th … 11th, 12th, 13th … 21st.
  century: (century) =>
    `${century}${[11, 12, 13].includes(century % 100) ? 'th' : (['th', 'st', 'nd', 'rd'][century % 10] ?? 'th')} century`,
  openPeriod: (date, open) => (open === 'end' ? [date, ' –'] : ['until ', date]),
  // British style: an en dash, spaced unless it joins bare numbers ("9–23 August 622", "February – May 2024").
  range: (start, end, bare) => [start, bare ? '–' : ' – ', end],
  relative: (distance, direction) =>
    direction === 'same'
      ? 'at the same time'
      : `${distance} ${direction === 'earlier' ? 'earlier' : 'later'}`,
  yearsLater: (years) => `${years} years later`,
  eventsLabel: 'Milestones',
  loading: 'Loading the timeline…',
  empty: 'There are no events to show.',
  loadFailed: 'The timeline could not be loaded.',
  failureHints: {
    parse: 'The data file is not valid JSON. Check it with a JSON validator.',
    shape: 'The data is JSON but not a timeline document: it needs an object with an "events" array.',
    http: 'The server did not send the data file. Check that its address is right.',
    network:
      'The data file could not be reached. Check the connection, the address and that the server allows cross-origin requests (CORS).',
  },
  skipped: (count) => (count === 1 ? '1 event could not be shown.' : `${count} events could not be shown.`),
  warnings: (count) => (count === 1 ? '1 value was ignored.' : `${count} values were ignored.`),
  language: 'Language',
  searchLabel: 'Search events',
  categoryLabel: 'Category',
  allCategories: 'All',
  results: (shown, total) => `${shown} of ${total} events`,
  noMatches: 'No events match the search or filter.',
  sources: 'Sources',
  category: 'Category',
  confidence: (level) => `Date confidence: ${level}`,
  notAvailableIn: (language) => `Not available in ${language}`,
  axis: {
    zoom: 'Zoom',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    levels: {
      fit: 'All',
      decade: 'Decade',
      year: 'Year',
      quarter: 'Quarter',
      month: 'Month',
      week: 'Week',
      day: 'Day',
    },
    eras: 'Eras',
    today: 'Today',
    named: (name) => `${name}, `,
    visiblePeriod: 'Visible period',
    day: (day) => String(day),
    cluster: (count, period) => `${count} events, ${period}`,
    zoomed: (period, count) => `Zoomed to ${period}: ${count} events`,
  },
};
