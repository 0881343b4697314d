/** The package root: element classes, event classes and types. No side effects: `vip-tiers/define` registers tags. */
export { VipAccount } from './elements/vip-account/vip-account.js';
export { VipCartProgress } from './elements/vip-cart-progress/vip-cart-progress.js';
export { VipCoupons } from './elements/vip-coupons/vip-coupons.js';
export { VipLauncher } from './elements/vip-launcher/vip-launcher.js';
export { VipProgram } from './elements/vip-program/vip-program.js';
export { VipTierBadge } from './elements/vip-tier-badge/vip-tier-badge.js';
export { VipTierHistory } from './elements/vip-tier-history/vip-tier-history.js';
export { VipTierList } from './elements/vip-tier-list/vip-tier-list.js';
export { VipTierProgress } from './elements/vip-tier-progress/vip-tier-progress.js';
export { VipTierRewards } from './elements/vip-tier-rewards/vip-tier-rewards.js';
export { VipProviderElement } from './elements/provider.js';
export {
  VipCloseEvent,
  VipCouponCopyEvent,
  VipErrorEvent,
  VipLoadEvent,
  VipOpenEvent,
  type VipErrorDetail,
} from './elements/events.js';
export { vipContext, type VipPhase, type VipView } from './elements/context.js';
export { defaultMessages, setMessages, type AccountMessages, type Messages } from './i18n/messages.js';
export type * from './engine/types.js';
