/** Chunk the loader imports for `<vip-launcher>`; the popup's content loads later, on the launcher's own cue. */
import { defineElement } from '../elements/define-element.js';
import { VipLauncher } from '../elements/vip-launcher/vip-launcher.js';

defineElement('vip-launcher', VipLauncher);
