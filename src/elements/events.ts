import type { ParseIssue, VipStatus } from '../engine/index.js';

const init = { bubbles: true, composed: true } as const;

/** The document was read and evaluated. */
export class VipLoadEvent extends Event {
  static readonly eventName = 'vip-load';
  constructor(readonly detail: VipStatus) {
    super(VipLoadEvent.eventName, init);
  }
}

export interface VipErrorDetail {
  readonly message: string;
  readonly issues: readonly ParseIssue[];
}

/** The document could not be loaded or is invalid. */
export class VipErrorEvent extends Event {
  static readonly eventName = 'vip-error';
  constructor(readonly detail: VipErrorDetail) {
    super(VipErrorEvent.eventName, init);
  }
}

/** The rewards popup opened. */
export class VipOpenEvent extends Event {
  static readonly eventName = 'vip-open';
  constructor() {
    super(VipOpenEvent.eventName, init);
  }
}

/** The rewards popup closed. */
export class VipCloseEvent extends Event {
  static readonly eventName = 'vip-close';
  constructor() {
    super(VipCloseEvent.eventName, init);
  }
}

/** A coupon code was copied to the clipboard. */
export class VipCouponCopyEvent extends Event {
  static readonly eventName = 'vip-coupon-copy';
  constructor(readonly detail: { readonly code: string }) {
    super(VipCouponCopyEvent.eventName, init);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'vip-load': VipLoadEvent;
    'vip-error': VipErrorEvent;
    'vip-open': VipOpenEvent;
    'vip-close': VipCloseEvent;
    'vip-coupon-copy': VipCouponCopyEvent;
  }
}
