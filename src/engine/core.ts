/**
 * The engine as the elements use it: the one internal entry of the browser's code. Everything here runs without the
 * schema (zod), which a browser imports only to word the issues of a document the fast check refuses; the public
 * entry (index.ts) also exports the schema and the parse that uses it.
 */
export { checkAccountSteps, isCurrency } from './check.js';
export { parseInstant } from './dates.js';
export { evaluate } from './evaluate.js';
export { guestStatus } from './guest.js';
export { toDecimal } from './money.js';
export { project } from './project.js';
export { tierStandings, timelineItems } from './standing.js';
export type { TierStanding } from './standing.js';
export { isTimeZone } from './zoned.js';
export type * from './types.js';
