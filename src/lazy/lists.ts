/**
 * Registers the pieces the account block shows from its third stage on: rewards, coupons, every tier and the
 * history. `<vip-program>` and the launcher's popup import it with their own code; `<vip-account>` while its first
 * stages show (README, "Performance").
 */
import { attachContextRoot } from '../elements/context-root.js';
import { defineElement, prepareUpgrade } from '../elements/define-element.js';
import { VipCoupons } from '../elements/vip-coupons/vip-coupons.js';
import { VipTierHistory } from '../elements/vip-tier-history/vip-tier-history.js';
import { VipTierList } from '../elements/vip-tier-list/vip-tier-list.js';
import { VipTierRewards } from '../elements/vip-tier-rewards/vip-tier-rewards.js';

// Pieces already in a custom layout upgrade and render in a task after the code is evaluated (README, "Performance").
await prepareUpgrade(VipTierRewards, VipCoupons, VipTierList, VipTierHistory);
attachContextRoot();
defineElement('vip-tier-rewards', VipTierRewards);
defineElement('vip-coupons', VipCoupons);
defineElement('vip-tier-list', VipTierList);
defineElement('vip-tier-history', VipTierHistory);
