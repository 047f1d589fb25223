import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';

interface EventArgs {
  lang: string;
  layout: 'vertical' | 'horizontal';
}

const REPORT = 'http://kr.xinhuanet.com/20241208/650d1596ca514815b566dfa75df8c4c7/c.html';

/**
 * `<hk-ai-event>` children: events written in HTML inside `<hk-ai-timeline>`, each text repeated per `lang`. The
 * page stays readable without JavaScript; the timeline reads the children again whenever they change.
 */
const meta: Meta<EventArgs> = {
  title: 'Components/Event',
  component: 'hk-ai-event',
  tags: ['autodocs'],
  argTypes: {
    lang: { control: 'select', options: ['en', 'ko', 'zh-Hant'] },
    layout: { control: 'select', options: ['vertical', 'horizontal'] },
  },
  args: { lang: 'en', layout: 'vertical' },
  render: ({ lang, layout }) =>
    html`<hk-ai-timeline lang=${lang} layout=${layout}>
      <hk-ai-event id="sensetime-founded" date="2014-10" category="Industry" importance="4">
        <h3 lang="en">SenseTime is founded in Hong Kong</h3>
        <h3 lang="ko">센스타임, 홍콩에서 창업</h3>
        <h3 lang="zh-Hant">商湯科技在香港創立</h3>
        <a href=${REPORT} data-publisher="Xinhua (Korean service)" lang="ko"
          >홍콩 인공지능(AI) 산업의 성장세가 눈에 띈다</a
        >
      </hk-ai-event>
      <hk-ai-event id="fstb-policy-statement-ai-finance" date="2024-10-28" category="Policy" importance="5">
        <h3 lang="en">FSTB policy statement on responsible AI in finance</h3>
        <h3 lang="ko">재경사무국고국, 금융시장의 책임 있는 AI 응용 정책 선언 발표</h3>
        <h3 lang="zh-Hant">財經事務及庫務局發表金融市場負責任應用人工智能政策宣言</h3>
        <a href=${REPORT} data-publisher="Xinhua (Korean service)" lang="ko"
          >홍콩 인공지능(AI) 산업의 성장세가 눈에 띈다</a
        >
      </hk-ai-event>
      <hk-ai-event id="cisco-cyberport-mou" date="2024-04-30" category="Partnership">
        <h3 lang="en">Cisco and Cyberport sign an MOU</h3>
        <h3 lang="ko">시스코·사이버포트, 양해각서(MOU) 체결</h3>
        <h3 lang="zh-Hant">思科與數碼港簽署合作備忘錄</h3>
        <a href=${REPORT} data-publisher="Xinhua (Korean service)" lang="ko"
          >홍콩 인공지능(AI) 산업의 성장세가 눈에 띈다</a
        >
      </hk-ai-event>
    </hk-ai-timeline>`,
};
export default meta;

type Story = StoryObj<EventArgs>;

/** Three events written in HTML, in three languages, shown in the reader's. */
export const WrittenInHtml: Story = {};

/** The same children on the time axis: `importance` decides which labels stay when space runs out. */
export const OnTheAxis: Story = { args: { layout: 'horizontal' } };

/** In Korean: the `lang="ko"` headings. */
export const InKorean: Story = { args: { lang: 'ko' } };
