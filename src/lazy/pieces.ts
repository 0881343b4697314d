/**
 * Registers the pieces of the account block's first stages, the badge and the progress; shared by the account and
 * program chunks and the launcher's popup, so their code is downloaded once. The other pieces are in `lists.ts`.
 */
import { attachContextRoot } from '../elements/context-root.js';
import { defineElement, prepareUpgrade } from '../elements/define-element.js';
import { VipTierBadge } from '../elements/vip-tier-badge/vip-tier-badge.js';
import { VipTierProgress } from '../elements/vip-tier-progress/vip-tier-progress.js';

// Pieces already in a custom layout upgrade and render in a task after the code is evaluated (README, "Performance").
await prepareUpgrade(VipTierBadge, VipTierProgress);
attachContextRoot();
defineElement('vip-tier-badge', VipTierBadge);
defineElement('vip-tier-progress', VipTierProgress);
