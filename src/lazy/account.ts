/** Chunk the loader imports for `<vip-account>`: the pieces first, so the block renders them on upgrade. */
import './pieces.js';
import { defineElement } from '../elements/define-element.js';
import { VipAccount } from '../elements/vip-account/vip-account.js';

defineElement('vip-account', VipAccount);
