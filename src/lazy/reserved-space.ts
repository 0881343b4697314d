/**
 * Space held for elements whose code has not arrived, so nothing on the page moves (CLS 0). The loader adopts
 * these rules as a constructed style sheet; the build also writes them to `dist/vip-tiers.css`, which a theme
 * links in `<head>` so the space is held from the very first paint, before any script runs.
 *
 * `<vip-account>` gets the block size the element itself keeps while it loads (`--vip-account-reserved-block-size`
 * at the element's `--vip-font-size`); `<vip-launcher>` is a floating button and takes no space.
 */
export const reservedSpace =
  'vip-account:not(:defined){display:block;font-size:var(--vip-font-size,16px);' +
  'min-block-size:var(--vip-account-reserved-block-size,46em)}' +
  'vip-launcher:not(:defined){display:none}';
