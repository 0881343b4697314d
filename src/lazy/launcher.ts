/** Chunk the loader imports for `<vip-launcher>`; the popup's content loads later, on the launcher's own cue. */
import { defineElement, prepareUpgrade } from '../elements/define-element.js';
import { loadWithPanel, VipLauncher } from '../elements/vip-launcher/vip-launcher.js';

// The popup shows the pieces: their registrations come with its content, not with the button.
loadWithPanel(() => Promise.all([import('./pieces.js'), import('./lists.js')]));

// Evaluating this chunk's code, preparing the upgrade and upgrading the elements on the page are separate tasks
// (README, "Performance").
await prepareUpgrade(VipLauncher);
defineElement('vip-launcher', VipLauncher);
