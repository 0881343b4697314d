// A part of a built-in catalog, packed by scripts/catalog-module.mjs for the build, the dev server and the tests.
declare module '*.json?main' {
  const packed: import('./catalogs.js').PackedCatalog;
  export default packed;
}
declare module '*.json?cart' {
  const packed: import('./catalogs.js').PackedCatalog;
  export default packed;
}
