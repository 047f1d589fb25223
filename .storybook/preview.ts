import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
// Generated from the JSDoc of the components by `npm run analyze` (the storybook scripts run it first).
import manifest from '../dist/custom-elements.json';

setCustomElementsManifest(manifest);

const preview: Preview = {
  parameters: {
    controls: { expanded: true },
    // Fail the a11y panel's checks as errors, not warnings (scripts/story-check.js runs axe in CI too).
    a11y: { test: 'error' },
  },
};

export default preview;
