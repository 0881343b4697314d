/** Chunk the loader imports for `<vip-program>` and for pieces placed in a custom layout. */
import './pieces.js';
import './lists.js';
import { defineElement, prepareUpgrade } from '../elements/define-element.js';
import { VipProgram } from '../elements/vip-program/vip-program.js';

// Evaluating this chunk's code, preparing the upgrade and upgrading the elements on the page are separate tasks
// (README, "Performance").
await prepareUpgrade(VipProgram);
defineElement('vip-program', VipProgram);
