// Custom Elements Manifest (dist/custom-elements.json, package.json `customElements`), generated from the
// elements' JSDoc (@summary, @slot, @csspart, @cssproperty, @event) and Lit's reactive properties.

/**
 * Tags are registered only through `defineElement(tag, Class)` (src/define.ts, src/lazy/*), which the analyzer
 * does not know; this records each call as a custom-element-definition, so every class gets its `tagName`.
 */
function defineElementCalls() {
  return {
    name: 'vip-tiers: defineElement calls',
    analyzePhase({ ts, node, moduleDoc, context }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression)) return;
      if (node.expression.text !== 'defineElement') return;
      const [tag, ctor] = node.arguments;
      if (!tag || !ctor || !ts.isStringLiteral(tag) || !ts.isIdentifier(ctor)) return;
      const imported = context.imports?.find((i) => i.name === ctor.text);
      const module = imported
        ? new URL(imported.importPath, `file:///${moduleDoc.path}`).pathname.slice(1).replace(/\.js$/, '.ts')
        : moduleDoc.path;
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        { kind: 'custom-element-definition', name: tag.text, declaration: { name: ctor.text, module } },
      ];
    },
  };
}

/**
 * Lit's internal reactive state (`static properties = { _copied: { state: true } }`) is not an attribute, and an
 * event dispatched as `new VipCouponCopyEvent(…)` has no name the analyzer can read (the `@event` JSDoc tags
 * document those): both are dropped, so the manifest lists only the public surface.
 */
function publicSurfaceOnly() {
  return {
    name: 'vip-tiers: public surface only',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.attributes) {
            declaration.attributes = declaration.attributes.filter((attribute) => !attribute.name?.startsWith('_'));
          }
          if (declaration.members) {
            declaration.members = declaration.members.filter((member) => !member.name?.startsWith('_'));
          }
          if (declaration.events) declaration.events = declaration.events.filter((event) => event.name);
        }
      }
    },
  };
}

export default {
  globs: ['src/elements/**/*.ts', 'src/define.ts'],
  exclude: ['src/elements/**/*.styles.ts'],
  outdir: 'dist',
  litelement: true,
  packagejson: false,
  plugins: [defineElementCalls(), publicSurfaceOnly()],
};
