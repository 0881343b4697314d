// Runs inside a hardening test page (loaded in an iframe by a browser test): records Content-Security-Policy
// violations and uncaught errors from the very start, waits for the widget to render, opens the rewards popup
// when asked (data-open), and posts what a shopper would see to the parent test page.
const violations = [];
const errors = [];
document.addEventListener('securitypolicyviolation', (event) => {
  violations.push(`${event.effectiveDirective} ${event.blockedURI} ${event.sample}`.trim());
});
window.addEventListener('error', (event) => errors.push(String(event.error?.message ?? event.message)));
window.addEventListener('unhandledrejection', (event) => errors.push(String(event.reason?.message ?? event.reason)));

const openPopup = document.currentScript?.dataset.open === 'true';

function deepFind(root, selector) {
  const found = root.querySelector(selector);
  if (found) return found;
  for (const element of root.querySelectorAll('*')) {
    const inner = element.shadowRoot && deepFind(element.shadowRoot, selector);
    if (inner) return inner;
  }
  return null;
}

const text = (element) => element?.textContent.replace(/\s+/g, ' ').trim() ?? null;
const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(condition, ms = 6000) {
  const started = performance.now();
  while (!condition()) {
    if (performance.now() - started > ms) return false;
    await wait(10);
  }
  return true;
}

async function run() {
  if (document.readyState === 'loading') await new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }));
  const report = { source: 'vip-hardening', page: location.pathname };
  const block = document.querySelector('vip-account');
  const shown = (name) => block?.shadowRoot && deepFind(block.shadowRoot, `[part~="${name}"]`);
  // The block reveals its pieces in stages, the badge before the progress: wait for what is reported.
  await until(() => shown('error') || (shown('tier-name') && shown('progress-label')));
  report.tierName = text(block?.shadowRoot && deepFind(block.shadowRoot, '[part~="tier-name"]'));
  report.accountError = text(block?.shadowRoot && deepFind(block.shadowRoot, '[part~="error"]'));
  report.progressLabel = text(block?.shadowRoot && deepFind(block.shadowRoot, '[part~="progress-label"]'));
  report.launcherTag = customElements.get('vip-launcher')?.name ?? null;
  report.registered = ['vip-account', 'vip-launcher', 'vip-program', 'vip-tier-badge'].filter((tag) => customElements.get(tag));
  if (openPopup) {
    const launcher = document.querySelector('vip-launcher');
    await until(() => launcher.shadowRoot?.querySelector('[part~="launcher"]'));
    launcher.shadowRoot.querySelector('[part~="launcher"]').click();
    const dialog = launcher.shadowRoot.querySelector('[part~="panel"]');
    await until(() => dialog.open && deepFind(dialog, '[part~="tier-name"]'));
    report.popupOpen = dialog.open;
    report.popupTierName = text(deepFind(dialog, '[part~="tier-name"]'));
  }
  // Late violations (a lazily loaded chunk, a style applied after render) still count.
  await wait(300);
  report.violations = violations;
  report.errors = errors;
  parent.postMessage(report, '*');
}

run().catch((error) => parent.postMessage({ source: 'vip-hardening', page: location.pathname, failed: String(error) }, '*'));
