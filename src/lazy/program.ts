/** Chunk the loader imports for `<vip-program>` and for pieces placed in a custom layout. */
import './pieces.js';
import { defineElement } from '../elements/define-element.js';
import { VipProgram } from '../elements/vip-program/vip-program.js';

defineElement('vip-program', VipProgram);
