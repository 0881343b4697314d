/** What the Node toolkit uses of the engine, in one place. */
export { evaluate, parseAccount, toDecimal, toMinorUnits } from '../engine/index.js';
export type { Account, Activity, Grant, Program, TierEntry, VipStatus } from '../engine/index.js';
export { formatInstant as formatInstantText } from '../engine/dates.js';
