import { html, nothing, type TemplateResult } from 'lit';
import { formatter } from '../../i18n/format.js';
import type { VipView } from '../context.js';
import { renderNotice, renderProblem } from '../provider.js';
import { safeUrl } from '../view.js';
import { rewardText } from '../reward-text.js';
import { nextTask } from '../../tasks.js';

// Parts of the pieces, forwarded so `vip-account::part(progress-bar)` reaches inside the composition.
const badgeParts = 'tier-image, tier-name, no-tier, valid-until, skeleton';
const progressParts = 'progress-total, progress-label, progress-bar, progress-fill, keep, next-step, unlocks, skeleton';

/**
 * The stage in which each part of the account block first shows, one stage per frame once the status is ready
 * (README, "Performance": no task over 50 ms). Each stage only adds nodes after the earlier ones, inside the reserved
 * space, so nothing shown moves. From `why` on, the sections come with the later code (account-later.ts); a
 * recalculating shopper's coupons come then too.
 */
export const STAGE = { badge: 1, progress: 2, why: 3, coupons: 4, tiers: 5, history: 6 } as const;

/** How many stages the account block has. */
export const ACCOUNT_STAGES = STAGE.history;

/** The later sections' code once loaded; the first stages need none of it. */
let later: typeof import('./account-later.js') | undefined;
let laterLoading: Promise<void> | undefined;
/** Loads the registrations of the pieces the later sections hold, when a registration module gave it. */
let withLists: (() => Promise<unknown>) | undefined;

/** Called by a registration module: the later sections' pieces are registered by `load`, with their code. */
export function loadListsWith(load: () => Promise<unknown>): void {
  withLists = load;
}

/** Downloads of the later sections' code before they are left out (1 s, then 2 s apart). */
const LATER_ATTEMPTS = 3;

/**
 * Loads the later sections' code and their pieces once (README, "Performance": they are not part of the account
 * block's first download), in up to {@link LATER_ATTEMPTS} attempts. Code that cannot be loaded leaves those
 * sections out; the next call tries again. Never rejects.
 */
export function loadLater(): Promise<void> {
  laterLoading ??= (async () => {
    // Not in the render that asks for it: starting the imports is a task of its own.
    await nextTask();
    for (let attempt = 1; ; attempt++) {
      try {
        const [module] = await Promise.all([import('./account-later.js'), withLists?.()]);
        later = module;
        return;
      } catch (error) {
        if (attempt === LATER_ATTEMPTS) {
          laterLoading = undefined;
          console.warn('vip-tiers: could not load the code for the account block\'s later sections', error);
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, attempt * 1000));
      }
    }
  })();
  return laterLoading;
}

/**
 * What must be here before `stage` is shown, for a {@link StagedReveal}: from stage 3 on, the later sections' code
 * (loading already, or from now).
 */
export function prepareStage(stage: number): Promise<void> | undefined {
  const loading = loadLater();
  return stage >= STAGE.why && !later ? loading : undefined;
}

/** Lines of the loading placeholder: greeting, badge, progress label and bar, rewards, coupons, tiers. */
const SKELETON_LINES = 9;

/** How a provider lays the block out: its heading level and its links (checked here). */
export interface AccountOptions {
  /** Level of the sections' headings, 1–6 (default 2). */
  readonly level?: number | undefined;
  /** The guest's "Join" link (default `/account/register`). */
  readonly registerUrl?: string | undefined;
  /** Where a coupon's "Use now" leads; no link without it. */
  readonly shopUrl?: string | undefined;
}

const headings = [
  (id: string, text: string) => html`<h1 id=${id} part="heading">${text}</h1>`,
  (id: string, text: string) => html`<h2 id=${id} part="heading">${text}</h2>`,
  (id: string, text: string) => html`<h3 id=${id} part="heading">${text}</h3>`,
  (id: string, text: string) => html`<h4 id=${id} part="heading">${text}</h4>`,
  (id: string, text: string) => html`<h5 id=${id} part="heading">${text}</h5>`,
  (id: string, text: string) => html`<h6 id=${id} part="heading">${text}</h6>`,
];

/**
 * A labelled section with a real heading; `collapsed` puts the content in a closed `<details>` whose summary is the
 * heading.
 */
export function section(name: string, level: number, title: string, content: unknown, collapsed?: boolean): TemplateResult {
  const heading = (headings[Math.min(Math.max(Math.round(level) || 2, 1), 6) - 1] ?? headings[1]!)(`h-${name}`, title);
  return html`<section part="section section-${name}" aria-labelledby="h-${name}">
    ${collapsed ? html`<details><summary>${heading}</summary>${content}</details>` : html`${heading}${content}`}
  </section>`;
}

/** The guest's panel: the program's pitch, Sign in and Join, and the ladder (R7: every tier and what it offers). */
function guest(view: VipView, level: number, options: AccountOptions, list: unknown): TemplateResult {
  const m = view.messages;
  const status = view.status!;
  const top = status.tiers[status.tiers.length - 1];
  const f = formatter(view.locale, status.currency, m);
  const best = top && [...top.perks, ...top.entryRewards].map((item) => rewardText(item, f, true)).find(Boolean);
  return html`${section(
      'guest',
      level,
      m.guestHeading,
      html`<p part="pitch">${top && best ? m.pitch(top.name, best) : m.pitchAny}</p>
        <p class="actions">
          <a part="login" class="button" href=${view.loginUrl}>${m.signInButton}</a>
          <a part="register" class="button" href=${safeUrl(options.registerUrl, '/account/register')}>${m.join}</a>
        </p>`,
    )}
    ${status.tiers.length ? section('tiers', level, m.tiersHeading, list) : nothing}`;
}

/**
 * The account block's content for a view, up to `stage` (see {@link ACCOUNT_STAGES}): shared by `<vip-account>`
 * and the `<vip-launcher>` popup, so both show the same thing. While loading, one skeleton block stands in for
 * the whole content: the pieces are inserted only when the status is ready, so no placeholder changes size.
 * Sections, in order: status, why you are here (collapsed), your benefits, your coupons, all tiers, your history
 * (collapsed), how it works (collapsed); a guest (or a 401) sees the pitch, Sign in and Join, and every tier.
 */
export function renderAccountContent(view: VipView, stage: number = ACCOUNT_STAGES, options: AccountOptions = {}): TemplateResult | typeof nothing {
  const status = view.status;
  const m = view.messages;
  const level = options.level ?? 2;
  if (view.phase === 'loading') {
    return html`<div class="skeleton" part="skeleton" aria-hidden="true">
      ${Array.from({ length: SKELETON_LINES }, () => html`<span></span>`)}
    </div>`;
  }
  if (view.phase === 'error') return renderProblem(view);
  if (!status || status.state === 'disabled') return nothing;
  const more = stage >= STAGE.why ? later : undefined;
  // R7: no numbers while tiers are recalculated, but the shopper's coupons stay usable.
  if (status.state === 'recalculating') {
    return html`${renderNotice(view)}${more && status.coupons.length ? more.couponsSection(level, m.coupons, options) : nothing}`;
  }
  if (status.state === 'guest') return guest(view, level, options, stage >= STAGE.tiers && more ? more.tierList() : nothing);
  const f = formatter(view.locale, status.currency, m);
  const firstName = status.customer?.firstName;
  return html`${view.stale ? renderProblem(view) : nothing}
    ${firstName ? html`<p part="greeting">${m.greeting(firstName)}</p>` : nothing}
    ${section(
      'status',
      level,
      m.statusHeading,
      html`<div class="summary">
        <vip-tier-badge exportparts=${badgeParts}></vip-tier-badge>
        ${stage >= STAGE.progress ? html`<vip-tier-progress exportparts=${progressParts}></vip-tier-progress>` : nothing}
      </div>`,
    )}
    ${more ? more.laterSections(status, f, stage, level, options) : nothing}`;
}
