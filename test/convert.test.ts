import { expect } from '@open-wc/testing';
import timelineJs from '../data/examples/timelinejs.json' with { type: 'json' };
import vis from '../data/examples/vis-items.json' with { type: 'json' };
import { fromTimelineJS, fromVisItems, toPlainText } from '../src/convert/index.js';
import { validateTimeline } from '../src/model/validate.js';

const paths = (notes: readonly { path: string }[]) => notes.map((n) => n.path);

describe('toPlainText', () => {
  it('should drop tags, scripts and styles, decode entities and say it did', () => {
    expect(
      toPlainText('<p>A &amp; B &mdash; <a href="x">C</a></p><script>alert(1)</script><style>p{}</style>'),
    ).to.deep.equal({
      text: 'A & B — C',
      hadMarkup: true,
    });
    expect(toPlainText('plain text, 2 < 3')).to.deep.equal({ text: 'plain text, 2 < 3', hadMarkup: false });
  });
});

describe('fromTimelineJS', () => {
  const { document, notes } = fromTimelineJS(timelineJs);

  it('should give a document that our validator accepts without an error', () => {
    const result = validateTimeline(document);
    expect(result.ok).to.equal(true);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).to.deep.equal([]);
  });

  it('should carry over title, dates at their precision, groups, ids and images, as plain text', () => {
    expect(document.title).to.equal('Hong Kong AI, in TimelineJS3 form');
    expect(document.events.map((e) => [e.id, e.date, e.end])).to.deep.equal([
      ['event-1', '-0043-03-15', undefined],
      ['sensetime', '2014-10', undefined],
      ['event-3', '2023-10', undefined],
      ['event-4', '2024-10-28', undefined],
      ['event-5', '2024-12-09', '2025'],
      ['sensetime-8', '2014-10', undefined],
    ]);
    const sensetime = document.events[1]!;
    expect(sensetime.description).to.equal('Formed at Hong Kong Science Park — see SCMP.');
    expect(sensetime.category).to.equal('Industry');
    expect(document.events[3]!.title).to.equal('Policy statement on responsible AI in finance');
    // The credit stays with the image; the page that is not an image becomes a link.
    expect(document.events[4]!.media).to.deep.equal({
      image: 'https://example.org/images/aisc.jpg',
      // The caption serves as the alt text, and is not said twice.
      alt: 'The supercomputing centre',
      credit: 'Example',
    });
    expect(document.events[2]!.links?.map((link) => link.url)).to.have.length(1);
  });

  it('should keep every media URL: a video, a Wikipedia page and a map become labelled links', () => {
    const media = [
      ['https://www.youtube.com/watch?v=dQw4w9WgXcQ', 'video'],
      ['https://vimeo.com/76979871', 'video'],
      ['https://en.wikipedia.org/wiki/Cyberport', 'page'],
      ['https://www.google.com/maps/place/Cyberport', 'map'],
      ['https://www.openstreetmap.org/#map=16/22.26/114.13', 'map'],
      ['https://twitter.com/cyberport/status/1', 'post'],
      ['https://example.org/report.pdf', 'document'],
    ];
    const sample = {
      events: media.map(([url], i) => ({
        start_date: { year: 2024, month: 1, day: i + 1 },
        text: { headline: `Event ${i}` },
        media: { url, caption: `<b>Caption ${i}</b>`, credit: `Credit ${i}` },
      })),
    };
    const converted = fromTimelineJS(sample);
    expect(converted.document.events.map((event) => event.links)).to.deep.equal(
      media.map(([url, kind], i) => [{ url, kind, caption: `Caption ${i}`, credit: `Credit ${i}` }]),
    );
    for (const [url] of media) expect(JSON.stringify(converted.document)).to.contain(JSON.stringify(url));
    const result = validateTimeline(converted.document);
    expect(result.diagnostics).to.deep.equal([]);
    expect(paths(converted.notes).filter((path) => path.endsWith('.media.url'))).to.have.length(media.length);
  });

  it('should say what did not carry over, and where', () => {
    expect(paths(notes)).to.include.members([
      '$.title.text.headline',
      '$.title.media',
      '$.events[0].start_date.year',
      '$.events[1].text.text',
      '$.events[2].media.url',
      '$.events[3].start_date',
      '$.events[3].display_date',
      '$.events[3].background',
      '$.events[5]',
      '$.events[6]',
    ]);
    // Eras carry over now.
    expect(document.eras?.length).to.be.greaterThan(0);
    expect(paths(notes)).not.to.include('$.eras');
    expect(notes.find((n) => n.path === '$.events[0].start_date.year')?.message).to.contain('-0043');
    expect(notes.find((n) => n.path === '$.events[1].text.text')?.message).to.contain(
      'HTML became plain text',
    );
  });

  it('should refuse what is not a TimelineJS3 document', () => {
    expect(fromTimelineJS({ slides: [] }).notes).to.have.length(1);
    expect(fromTimelineJS(null).document.events).to.deep.equal([]);
  });
});

describe('fromVisItems', () => {
  const { document, notes } = fromVisItems(vis.items, vis.groups);

  it('should give a document that our validator accepts without an error', () => {
    const result = validateTimeline(document);
    expect(result.ok).to.equal(true);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).to.deep.equal([]);
  });

  it('should keep date-only days, read instants as UTC days, and use group names as categories', () => {
    expect(document.events.map((e) => [e.id, e.date, e.end, e.category])).to.deep.equal([
      ['1', '2014-10-01', undefined, 'Industry'],
      ['2', '2024-04-30', undefined, 'Industry'],
      ['aisc', '2024-12-09', '2025-12-31', undefined],
      ['statement', '2024-10-28', undefined, 'Policy'],
      ['1-8', '2019-11-01', undefined, undefined],
    ]);
    expect(document.events[1]!.title).to.equal('Cisco & Cyberport MOU');
    expect(document.events[1]!.description).to.equal('A memorandum of understanding on AI');
  });

  it('should say what did not carry over, and where', () => {
    expect(paths(notes)).to.include.members([
      '$[1].content',
      '$[1].title',
      '$[1].className',
      '$[2].start',
      '$[3].start',
      '$[4]',
      '$[5]',
      '$[6]',
    ]);
  });
});
