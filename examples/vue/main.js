// A Vue 3 app with <hk-ai-timeline>. The template is a string compiled in the browser, so this uses Vue's full
// build: its syntax is exactly that of a .vue file's <template>, without needing @vitejs/plugin-vue. In an SFC
// project, put the same isCustomElement in the plugin's `template.compilerOptions` instead.
import 'hk-ai-timeline';
import { createApp, markRaw, ref } from 'vue/dist/vue.esm-bundler.js';

const LANGUAGES = [
  ['en', 'English'],
  ['ko', '한국어'],
  ['zh-Hant', '繁體中文'],
];

// markRaw: the element reads the document itself; a reactive proxy around it would only add overhead.
const milestones = markRaw({
  title: { en: 'Our Vue milestones', ko: '우리의 Vue 이정표', 'zh-Hant': '我們的 Vue 里程碑' },
  events: [
    {
      id: 'vue-app-launched',
      date: '2024-12',
      title: { en: 'Vue app launched', ko: 'Vue 앱 출시', 'zh-Hant': 'Vue 應用程式推出' },
      category: { en: 'Product', ko: '제품', 'zh-Hant': '產品' },
    },
    {
      id: 'vue-team-formed',
      date: '2023-05-02',
      title: { en: 'Vue team formed', ko: 'Vue 팀 구성', 'zh-Hant': 'Vue 團隊成立' },
      category: { en: 'Team', ko: '팀', 'zh-Hant': '團隊' },
    },
  ],
});

const App = {
  setup() {
    return { LANGUAGES, milestones, lang: ref('en'), loadedCount: ref(), selectedId: ref() };
  },
  template: `
    <main>
      <nav aria-label="Language">
        <button v-for="[tag, name] in LANGUAGES" :key="tag" type="button" :lang="tag"
          :aria-pressed="String(lang === tag)" @click="lang = tag">{{ name }}</button>
      </nav>
      <p>
        Events loaded: <output id="loaded-count">{{ loadedCount ?? '…' }}</output>.
        Selected: <output id="selected-id">{{ selectedId ?? 'none' }}</output>
      </p>
      <hk-ai-timeline
        :data.prop="milestones"
        :lang="lang"
        @hk-ai-load="loadedCount = $event.detail.count"
        @hk-ai-select="selectedId = $event.detail.id"
      ></hk-ai-timeline>
    </main>
  `,
};

const app = createApp(App);
// Tells the template compiler that hk-ai-* tags are custom elements, not Vue components to resolve.
app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('hk-ai-');
app.mount('#app');
