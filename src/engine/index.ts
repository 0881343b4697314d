/**
 * `vip-tiers/engine`: the pure tier engine. No DOM, no Lit, no fetch; runs in browsers and in Node.
 */
export { getAccountSchema, prepareAccountSchema } from './schema.js';
export { parseAccount, parseAccountSteps } from './parse.js';
export { LIMITS } from './limits.js';
export { limitIssues } from './limit-issues.js';
export { evaluate, type EvaluateOptions } from './evaluate.js';
export { project, type ProjectedEntry, type ProjectedOrder, type Projection } from './project.js';
export { guestStatus } from './guest.js';
export { parseInstant } from './dates.js';
export { minorUnitExponent, toDecimal, toMinorUnits } from './money.js';
export { MILESTONES } from './types.js';
export type * from './types.js';
export type { Breakdown, TierReached } from './breakdown.js';
