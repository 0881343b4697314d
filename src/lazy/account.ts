/**
 * Chunk the loader imports for `<vip-account>`: the first stages' pieces first, so the block renders them on upgrade;
 * the later sections' pieces come with their code, while the first stages show.
 */
import './pieces.js';
import { defineElement, prepareUpgrade } from '../elements/define-element.js';
import { loadLater, loadListsWith } from '../elements/vip-account/account-content.js';
import { VipAccount } from '../elements/vip-account/vip-account.js';

// Evaluating this chunk's code, preparing the upgrade and upgrading the blocks on the page are separate tasks
// (README, "Performance").
loadListsWith(() => import('./lists.js'));
await prepareUpgrade(VipAccount);
defineElement('vip-account', VipAccount);
// The later sections' code comes while the document is on its way, a request in a task of its own.
setTimeout(loadLater);
