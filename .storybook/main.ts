import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // Works offline: no telemetry, no "what's new" fetches.
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // Stories load the same documents as the tests, by URL too (the src stories).
  staticDirs: [{ from: '../data', to: '/data' }],
  async viteFinal(viteConfig) {
    const { mergeConfig } = await import('vite');
    // @storybook/web-components imports lit/directive-helpers.js: pre-bundle it with lit so one Lit loads.
    return mergeConfig(viteConfig, {
      optimizeDeps: { include: ['lit', 'lit/decorators.js', 'lit/directive-helpers.js'] },
    });
  },
};

export default config;
