import { ContextConsumer } from '@lit/context';
import { html, LitElement, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { VipStatus } from '../engine/index.js';
import { formatter, type Formatter } from '../i18n/format.js';
import { resolveMessages, type Messages } from '../i18n/messages.js';
import { readableTierColor } from './contrast.js';
import { vipContext, type VipView } from './context.js';
import { StagedList } from './staged.js';

/** Readable tier colours per status: measured once and shared by every element that shows the status. */
const measuredColors = new WeakMap<VipStatus, Map<string, string | undefined>>();

/**
 * The value for `--vip-tier-color` of `color` (a colour of `status`) on `element`'s surface, measured the first time
 * only, since each measure makes the browser compute styles; undefined for the accent. The engine lets through only
 * plain colour forms; a colour name it cannot check is used only when the browser reads it as a colour (README,
 * "Reliability and security"). Adjusted where it would not reach 3:1 on the surface and the bar's track (WCAG
 * 1.4.11, see contrast.ts).
 */
function readableColor(element: HTMLElement, color: string, status: VipStatus | undefined): string | undefined {
  let measured = status && measuredColors.get(status);
  if (!measured) {
    measured = new Map();
    if (status) measuredColors.set(status, measured);
  }
  if (!measured.has(color)) measured.set(color, CSS.supports('color', color) ? readableTierColor(element, color) : undefined);
  return measured.get(color);
}

/**
 * Measures every tier colour of `status` on `element`'s surface. A provider calls it before it renders the status,
 * while the page's styles are up to date: after a render, a measure computes the styles of all the new content, in
 * the same task (README, "Performance"). The pieces showing the status then use these.
 */
export function measureTierColors(element: HTMLElement, status: VipStatus): void {
  for (const color of [status.tier?.color, ...status.tiers.map((tier) => tier.color)]) {
    if (color) readableColor(element, color, status);
  }
}

/** Sets `--vip-tier-color` on `element` from a colour of `status` (see {@link readableColor}), or removes it. */
export function setTierColor(element: HTMLElement, color: string | undefined, status: VipStatus | undefined): void {
  const readable = color && readableColor(element, color, status);
  if (readable) element.style.setProperty('--vip-tier-color', readable);
  else element.style.removeProperty('--vip-tier-color');
}

/** What a piece renders when the status is shown: a template, or `nothing` (then the host is hidden). */
export type PieceContent = TemplateResult | typeof nothing;

/**
 * Base of the pieces: reads the view from the nearest provider (or the `view` property, which wins when set) and
 * renders the one shared state machine: loading → skeleton; disabled, error without a last good status →
 * nothing, host hidden (the provider explains); active, guest, recalculating (R7: no numbers, coupons still usable)
 * and stale → `renderStatus`.
 */
export abstract class VipPiece extends LitElement {
  static override properties: PropertyDeclarations = {
    view: { attribute: false },
    messages: { attribute: false },
  };

  /** The status to render, for use without a provider; wins over the provider's when set. */
  declare view: VipView | undefined;
  /** Replaces some of the provider's messages for this element only. */
  declare messages: Partial<Messages> | undefined;

  #context = new ContextConsumer(this, { context: vipContext, subscribe: true });
  #empty = false;
  #hidden = false;

  /** The status rendered by the last update, when it was shown (for `updated()` work such as colours). */
  protected shown: VipStatus | undefined;

  /** Number of skeleton lines that take the space of the loaded content. */
  protected skeletonLines = 1;

  readonly #list = new StagedList(() => this.requestUpdate());

  /**
   * The part of a long list to render now: a piece that renders one calls this from `renderStatus` and maps what
   * it returns; the rest follows a stage per task (staged.ts). `weightOf` is an item's weight in rows.
   */
  protected staged<T>(items: readonly T[], weightOf?: (item: T) => number): readonly T[] {
    return this.#list.take(items, weightOf);
  }

  protected abstract renderStatus(status: VipStatus, format: Formatter, view: VipView): PieceContent;

  protected override render(): PieceContent {
    const view = this.view ?? this.#context.value;
    this.#empty = false;
    this.shown = undefined;
    if (!view || view.phase === 'loading') {
      this.#list.reset();
      return html`<div class="skeleton" part="skeleton" aria-hidden="true">
        ${Array.from({ length: this.skeletonLines }, () => html`<span></span>`)}
      </div>`;
    }
    const status = view.status;
    const messages = this.messages ? { ...view.messages, ...this.messages } : view.messages ?? resolveMessages();
    const content =
      status && status.state !== 'disabled'
        ? this.renderStatus(status, formatter(view.locale, status.currency, messages), view)
        : nothing;
    this.#empty = content === nothing;
    this.shown = this.#empty ? undefined : status;
    return content;
  }

  /** Also waits for the later stages of a long list. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    for (let step = this.#list.pending; step; step = this.#list.pending) {
      await step;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  protected override updated(): void {
    // Hide the host only when this element hid it, so a merchant's own `hidden` is left alone.
    if (this.#empty !== this.#hidden) {
      this.#hidden = this.#empty;
      this.hidden = this.#empty;
    }
  }
}
