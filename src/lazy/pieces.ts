/**
 * Registers the pieces; shared by the account and program chunks and the launcher's popup, so their code is
 * downloaded once.
 */
import { attachContextRoot } from '../elements/context-root.js';
import { defineElement, prepareUpgrade } from '../elements/define-element.js';
import { VipCoupons } from '../elements/vip-coupons/vip-coupons.js';
import { VipTierBadge } from '../elements/vip-tier-badge/vip-tier-badge.js';
import { VipTierList } from '../elements/vip-tier-list/vip-tier-list.js';
import { VipTierProgress } from '../elements/vip-tier-progress/vip-tier-progress.js';
import { VipTierHistory } from '../elements/vip-tier-history/vip-tier-history.js';
import { VipTierRewards } from '../elements/vip-tier-rewards/vip-tier-rewards.js';

// Pieces already in a custom layout upgrade and render in a task after the code is evaluated (README, "Performance").
await prepareUpgrade(VipTierBadge, VipTierProgress, VipTierRewards, VipCoupons, VipTierList, VipTierHistory);
attachContextRoot();
defineElement('vip-tier-badge', VipTierBadge);
defineElement('vip-tier-progress', VipTierProgress);
defineElement('vip-tier-rewards', VipTierRewards);
defineElement('vip-coupons', VipCoupons);
defineElement('vip-tier-list', VipTierList);
defineElement('vip-tier-history', VipTierHistory);
