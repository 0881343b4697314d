/**
 * Space held for elements whose code has not arrived, so nothing on the page moves (CLS 0). The build writes these
 * rules to `dist/vip-tiers.css`, which a theme links in `<head>` so the space is held from the very first paint,
 * before any script runs; on a page that does not link it, the loader adopts them as a constructed style sheet.
 *
 * `<vip-account>` holds the size the element itself holds while it loads: the size remembered for its `src` on
 * this device (`--vip-loading-block-size`, which the loader sets from storage), else the first-visit estimate
 * `--vip-account-reserved-block-size` (44em at the element's `--vip-font-size`), drawn as a skeleton of the block's
 * shape (heading, badge and total; the bar; two section cards). `<vip-launcher>` is a floating button and takes no space.
 */
const bar = (top: string, size: string): string => `linear-gradient(#8884 0 0) 0 ${top}/${size} no-repeat`;

export const reservedSpace =
  'vip-account:not(:defined){display:block;font-size:var(--vip-font-size,16px);' +
  'min-block-size:var(--vip-loading-block-size,var(--vip-account-reserved-block-size,44em));background:' +
  [
    bar('0', '50% 4.375em'),
    bar('5.125em', '100% .75em'),
    bar('6.25em', '100% 6em'),
    bar('12.625em', '100% 6em'),
  ].join() +
  '}vip-launcher:not(:defined){display:none}';
