/**
 * R9: how far a total is toward a goal, for the status's `progress` and the keep goal's bar.
 */
import { assert } from './assert.js';
import type { Progress } from './types.js';

/** The largest double below 1: a fraction short of the goal never rounds up to a full bar (R9). */
const ALMOST_ONE = 1 - Number.EPSILON / 2;

/** R9: value / target in [0, 1], and 1 only once the goal is reached. */
export function progressToward(value: number, target: number): Progress {
  assert(target > 0, 'progress needs a positive goal');
  let fraction = Math.min(1, Math.max(0, value / target));
  if (value < target && fraction >= 1) fraction = ALMOST_ONE;
  return { value, target, remaining: Math.max(0, target - value), fraction };
}
