// A React 19 app with <hk-ai-timeline>: React 19 sets `data` and `lang` as properties on the custom element (they
// exist on it) and listens to its events through `onhk-ai-…` props. No wrapper component is needed.
import 'hk-ai-timeline'; // First: React only sets properties the element already has, so define it before rendering.
import type { TimelineDocumentJson } from 'hk-ai-timeline';
import type {} from 'hk-ai-timeline/react'; // Types <hk-ai-timeline> in JSX: its props, events and ref.
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';

const LANGUAGES = [
  ['en', 'English'],
  ['ko', '한국어'],
  ['zh-Hant', '繁體中文'],
] as const;

type Language = (typeof LANGUAGES)[number][0];

// Module-level, so the object stays the same across renders: a new object would make the timeline load it again.
const milestones: TimelineDocumentJson = {
  title: { en: 'Our React milestones', ko: '우리의 React 이정표', 'zh-Hant': '我們的 React 里程碑' },
  events: [
    {
      id: 'react-app-launched',
      date: '2024-12',
      title: { en: 'React app launched', ko: 'React 앱 출시', 'zh-Hant': 'React 應用程式推出' },
      category: { en: 'Product', ko: '제품', 'zh-Hant': '產品' },
    },
    {
      id: 'react-team-formed',
      date: '2023-05-02',
      title: { en: 'React team formed', ko: 'React 팀 구성', 'zh-Hant': 'React 團隊成立' },
      category: { en: 'Team', ko: '팀', 'zh-Hant': '團隊' },
    },
  ],
};

function App() {
  const [lang, setLang] = useState<Language>('en');
  const [loadedCount, setLoadedCount] = useState<number>();
  const [selectedId, setSelectedId] = useState<string>();

  return (
    <main>
      <nav aria-label="Language">
        {LANGUAGES.map(([tag, name]) => (
          <button key={tag} type="button" lang={tag} aria-pressed={lang === tag} onClick={() => setLang(tag)}>
            {name}
          </button>
        ))}
      </nav>
      <p>
        Events loaded: <output id="loaded-count">{loadedCount ?? '…'}</output>. Selected:{' '}
        <output id="selected-id">{selectedId ?? 'none'}</output>
      </p>
      <hk-ai-timeline
        data={milestones}
        lang={lang}
        onhk-ai-load={(event) => setLoadedCount(event.detail.count)}
        onhk-ai-select={(event) => setSelectedId(event.detail.id)}
      />
    </main>
  );
}

const container = document.getElementById('root');
if (!container) throw new Error('index.html needs a <div id="root">');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
