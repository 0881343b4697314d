/** Registers every element under its `vip-` tag, skipping tags already defined (the script included twice). */
import { attachContextRoot } from './elements/context-root.js';
import { defineElement } from './elements/define-element.js';
import { VipAccount } from './elements/vip-account/vip-account.js';
import { VipCartProgress } from './elements/vip-cart-progress/vip-cart-progress.js';
import { VipCoupons } from './elements/vip-coupons/vip-coupons.js';
import { VipLauncher } from './elements/vip-launcher/vip-launcher.js';
import { VipProgram } from './elements/vip-program/vip-program.js';
import { VipTierBadge } from './elements/vip-tier-badge/vip-tier-badge.js';
import { VipTierHistory } from './elements/vip-tier-history/vip-tier-history.js';
import { VipTierList } from './elements/vip-tier-list/vip-tier-list.js';
import { VipTierProgress } from './elements/vip-tier-progress/vip-tier-progress.js';
import { VipTierRewards } from './elements/vip-tier-rewards/vip-tier-rewards.js';

attachContextRoot();
defineElement('vip-tier-badge', VipTierBadge);
defineElement('vip-tier-progress', VipTierProgress);
defineElement('vip-tier-rewards', VipTierRewards);
defineElement('vip-coupons', VipCoupons);
defineElement('vip-tier-list', VipTierList);
defineElement('vip-tier-history', VipTierHistory);
defineElement('vip-program', VipProgram);
defineElement('vip-account', VipAccount);
defineElement('vip-launcher', VipLauncher);
defineElement('vip-cart-progress', VipCartProgress);
