// @custom-elements-manifest/analyzer: documents the public API only, so Storybook's docs show what users can use.
export default {
  globs: ['src/**/*.ts'],
  outdir: 'dist',
  litelement: true,
  plugins: [
    {
      name: 'public-api-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (declaration.members) {
              declaration.members = declaration.members.filter(
                (member) => !member.privacy || member.privacy === 'public',
              );
            }
          }
        }
      },
    },
  ],
};
