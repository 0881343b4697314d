// A theme's own element that happens to use the tag vip-launcher, registered before vip-tiers loads.
customElements.define('vip-launcher', class ThemeLauncher extends HTMLElement {});
