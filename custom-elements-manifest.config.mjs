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
            // dispatchEvent(variable) is inferred as an event without a name; the @fires tags name them all.
            if (declaration.events) declaration.events = declaration.events.filter((event) => event.name);
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
