/** Documents the layout tests share: five events (a day, a range, an approximate year, two on one day) and eras,
 * one of them impossible (it ends before it starts). */
export const ERAS_DOCUMENT = {
  lang: 'en',
  events: [
    { id: 'day', date: '2016-03-05', title: 'A day' },
    { id: 'range', date: '2017', end: '2019', title: 'A range of years' },
    { id: 'fuzzy', date: '2020', approximate: true, title: 'About 2020' },
    { id: 'same-day-a', date: '2022-06-01', title: 'Same day, first' },
    { id: 'same-day-b', date: '2022-06-01', title: 'Same day, second', description: 'Details of the second' },
  ],
  eras: [
    { title: 'First period', date: '2015', end: '2018-06' },
    { title: 'Second period', date: '2019', end: '2023' },
    { title: 'Impossible period', date: '2020', end: '2019' },
  ],
};
