/** Chunk the loader imports for `<vip-cart-progress>`: the cart sentence and `project`, on the shared elements chunk. */
import { defineElement, prepareUpgrade } from '../elements/define-element.js';
import { VipCartProgress } from '../elements/vip-cart-progress/vip-cart-progress.js';

// Evaluating this chunk's code, preparing the upgrade and upgrading the elements on the page are separate tasks
// (README, "Performance").
await prepareUpgrade(VipCartProgress);
defineElement('vip-cart-progress', VipCartProgress);
