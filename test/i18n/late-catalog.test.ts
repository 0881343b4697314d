// Its own page (each test file has one): the Korean and Hebrew catalogs must not have been loaded before.
import { expect, fixture, html } from '@open-wc/testing';
import { http, HttpResponse, passthrough } from 'msw';
import '../../src/define.js';
import type { VipAccount } from '../../src/elements/vip-account/vip-account.js';
import type { VipLauncher } from '../../src/elements/vip-launcher/vip-launcher.js';
import type { VipProgram } from '../../src/elements/vip-program/vip-program.js';
import english from '../../src/i18n/catalogs/en.json';
import { silverAnn } from '../support/account.js';
import { deepAll, gate, part, partText, settled, useQuickLoads } from '../support/elements.js';
import { serve, uniquePath, useMockApi, worker } from '../support/msw.js';
import { until } from '../support/wait.js';

/** Every English message's fixed words (the text around its placeholders), as long as they are telling. */
const englishWords = Object.values(english)
  .flatMap((entry) => (typeof entry === 'string' ? [entry] : Object.values(entry)))
  .flatMap((text) => text.split(/\{\w+\}/))
  .map((words) => words.trim())
  .filter((words) => words.length >= 4);

/** All text and labels in `root`'s shadow trees. */
function shadowText(root: Element): string {
  return [root, ...deepAll(root, '*')]
    .flatMap((element) => [
      ...[...(element.shadowRoot?.childNodes ?? [])].map((node) => node.textContent ?? ''),
      element.getAttribute('aria-label') ?? '',
    ])
    .join('\n');
}

/** Records the text of `root` at every change of it or of its shadow trees. */
function watch(root: Element): { readonly seen: string[]; stop(): void } {
  const seen: string[] = [];
  const observers: MutationObserver[] = [];
  const observe = (target: Node): void => {
    const observer = new MutationObserver(() => {
      seen.push(shadowText(root));
      for (const element of [root, ...deepAll(root, '*')]) {
        if (element.shadowRoot && !observed.has(element.shadowRoot)) {
          observed.add(element.shadowRoot);
          observe(element.shadowRoot);
        }
      }
    });
    observer.observe(target, { childList: true, subtree: true, characterData: true, attributes: true });
    observers.push(observer);
  };
  const observed = new Set<Node>([root]);
  observe(root);
  if (root.shadowRoot) {
    observed.add(root.shadowRoot);
    observe(root.shadowRoot);
  }
  return { seen, stop: () => observers.forEach((observer) => observer.disconnect()) };
}

/** Holds the request for the catalog `id` until `open()`. */
function holdCatalog(id: string): { readonly requested: Promise<void>; open(): void } {
  const asked = gate();
  const release = gate();
  worker.use(
    http.get(`*/src/i18n/catalogs/${id}.json`, async () => {
      asked.open();
      await release.opened;
      return passthrough();
    }),
  );
  return { requested: asked.opened, open: release.open };
}

describe('a catalog arriving late', () => {
  useMockApi();
  useQuickLoads();

  it('never shows English first: the block waits in its reserved space, then shows Korean', async () => {
    const catalog = holdCatalog('ko');
    const wrapper = await fixture<HTMLElement>(html`<div></div>`);
    const el = document.createElement('vip-account') as VipAccount;
    const path = uniquePath('late-ko');
    const api = serve(path, () => HttpResponse.json(silverAnn()));
    el.setAttribute('locale', 'ko');
    el.src = path;
    const recorder = watch(el);
    wrapper.append(el);
    await catalog.requested;
    // The document is requested meanwhile; nothing is rendered, but the reserved space is held.
    await until(() => api.seen.length === 1);
    const reserved = el.getBoundingClientRect().height;
    // The first visit's estimate (README, "Layout stability").
    expect(reserved).to.be.closeTo(44 * 16, 1);
    expect(el.shadowRoot!.textContent).to.equal('');
    catalog.open();
    await until(() => partText(el, 'progress-label'));
    await settled(el);
    recorder.stop();
    expect(partText(el, 'copy')).to.equal('복사');
    const shown = recorder.seen.join('\n');
    expect(englishWords.filter((words) => shown.includes(words))).to.deep.equal([]);
    expect(recorder.seen.length, 'the recorder saw the block rendered').to.be.greaterThan(1);
  });

  it('keeps a launcher and a custom layout from showing English while the Hebrew catalog is on its way', async () => {
    const catalog = holdCatalog('he');
    const wrapper = await fixture<HTMLElement>(html`<div lang="he"></div>`);
    const launcher = document.createElement('vip-launcher') as VipLauncher;
    const path = uniquePath('late-he');
    const api = serve(path, () => HttpResponse.json(silverAnn()));
    launcher.src = path;
    const program = document.createElement('vip-program') as VipProgram;
    program.src = path;
    program.innerHTML = '<vip-tier-badge></vip-tier-badge><vip-tier-progress></vip-tier-progress><vip-coupons></vip-coupons>';
    const recorders = [watch(launcher), watch(program)];
    wrapper.append(launcher, program);
    await catalog.requested;
    await until(() => api.seen.length === 1);
    expect(part(launcher, 'launcher')).to.equal(undefined);
    expect(part(program, 'tier-name')).to.equal(undefined);
    catalog.open();
    await until(() => part(launcher, 'launcher') && partText(program, 'progress-label'));
    await settled(wrapper);
    for (const recorder of recorders) recorder.stop();
    expect(partText(launcher, 'launcher')).to.equal('הטבות');
    expect(getComputedStyle(part(program, 'progress-fill')!).direction).to.equal('rtl');
    const shown = recorders.flatMap((recorder) => recorder.seen).join('\n');
    expect(englishWords.filter((words) => shown.includes(words))).to.deep.equal([]);
  });
});
