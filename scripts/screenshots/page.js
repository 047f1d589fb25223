// Sets the timeline up from the page's query string:
// ?lang=ko&layout=horizontal&scheme=dark&dense=300&relative=2024-12-08&relative-label=Report&zoom=year&period=2023-07/2025-06
const params = new URLSearchParams(location.search);
const el = document.querySelector('hk-ai-timeline');
document.documentElement.lang = params.get('lang') ?? 'en';
document.documentElement.dataset.scheme = params.get('scheme') ?? 'light';
el.layout = params.get('layout') ?? 'vertical';
if (params.get('relative')) el.relativeTo = params.get('relative');
if (params.get('relative-label')) el.relativeLabel = params.get('relative-label');
if (params.get('zoom')) el.zoom = params.get('zoom');
if (params.get('period')) el.period = params.get('period');
const dense = Number(params.get('dense'));
if (dense > 0) {
  // `dense` events over two years, a few a week, in three categories: the crowded case.
  const day = 24 * 60 * 60 * 1000;
  const start = Date.UTC(2023, 0, 1);
  const categories = ['Policy', 'Research', 'Industry'];
  el.data = {
    title: `${dense} events in two years`,
    events: Array.from({ length: dense }, (_, i) => ({
      id: `e${i}`,
      date: new Date(start + Math.floor((i * 730) / dense) * day).toISOString().slice(0, 10),
      title: `Event ${i + 1}: a milestone with a title of ordinary length`,
      category: categories[i % 3],
    })),
  };
}
