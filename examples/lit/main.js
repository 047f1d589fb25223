// A Lit app with <hk-ai-timeline>. The app and the timeline import the same `lit` package, so the bundle holds
// one copy of Lit: the package's ESM build leaves `lit` as a bare import for the app's bundler to resolve.
import 'hk-ai-timeline';
import { html, LitElement } from 'lit';

const LANGUAGES = [
  ['en', 'English'],
  ['ko', '한국어'],
  ['zh-Hant', '繁體中文'],
];

const milestones = {
  title: { en: 'Our Lit milestones', ko: '우리의 Lit 이정표', 'zh-Hant': '我們的 Lit 里程碑' },
  events: [
    {
      id: 'lit-app-launched',
      date: '2024-12',
      title: { en: 'Lit app launched', ko: 'Lit 앱 출시', 'zh-Hant': 'Lit 應用程式推出' },
      category: { en: 'Product', ko: '제품', 'zh-Hant': '產品' },
    },
    {
      id: 'lit-team-formed',
      date: '2023-05-02',
      title: { en: 'Lit team formed', ko: 'Lit 팀 구성', 'zh-Hant': 'Lit 團隊成立' },
      category: { en: 'Team', ko: '팀', 'zh-Hant': '團隊' },
    },
  ],
};

class RecipeApp extends LitElement {
  static properties = {
    language: { state: true },
    loadedCount: { state: true },
    selectedId: { state: true },
  };

  constructor() {
    super();
    // Set here, not as class fields: fields would shadow the reactive accessors Lit defines.
    this.language = 'en';
  }

  render() {
    return html`
      <main>
        <nav aria-label="Language">
          ${LANGUAGES.map(
            ([tag, name]) =>
              html`<button
                type="button"
                lang=${tag}
                aria-pressed=${String(this.language === tag)}
                @click=${() => (this.language = tag)}
              >
                ${name}
              </button>`,
          )}
        </nav>
        <p>
          Events loaded: <output id="loaded-count">${this.loadedCount ?? '…'}</output>. Selected:
          <output id="selected-id">${this.selectedId ?? 'none'}</output>
        </p>
        <hk-ai-timeline
          .data=${milestones}
          lang=${this.language}
          @hk-ai-load=${(event) => (this.loadedCount = event.detail.count)}
          @hk-ai-select=${(event) => (this.selectedId = event.detail.id)}
        ></hk-ai-timeline>
      </main>
    `;
  }
}

customElements.define('recipe-app', RecipeApp);
