import { defineConfig } from 'vite';

// Vue's esm-bundler builds expect their feature flags to be defined; these are Vue's recommended values.
export default defineConfig({
  define: {
    __VUE_OPTIONS_API__: 'true',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
  },
});
