/** Chunk the loader imports for `<vip-account>`: the pieces first, so the block renders them on upgrade. */
import './pieces.js';
import { defineElement, prepareUpgrade } from '../elements/define-element.js';
import { VipAccount } from '../elements/vip-account/vip-account.js';

// Evaluating this chunk's code, preparing the upgrade and upgrading the blocks on the page are separate tasks
// (README, "Performance").
await prepareUpgrade(VipAccount);
defineElement('vip-account', VipAccount);
