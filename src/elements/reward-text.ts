import type { Discount, EntryReward, Perk } from '../engine/index.js';
import { formatPercent, type Formatter } from '../i18n/format.js';

function discountText(discount: Discount, f: Formatter): string {
  const m = f.messages;
  if (discount.kind === 'fixed') return m.amountOff(f.money(discount.amount));
  if (discount.kind === 'percentage') return m.percentOff(formatPercent(discount.percent, f.locale));
  return m.freeShipping;
}

/**
 * What a shopper reads for one entry reward or perk; undefined for an unknown type without a title. `short` leaves
 * out a coupon's validity.
 */
export function rewardText(item: EntryReward | Perk, f: Formatter, short?: boolean): string | undefined {
  const m = f.messages;
  const r = item as Partial<{ points: number; multiplier: number; discount: Discount; expiresAfterDays: number }>;
  switch (item.type) {
    case 'points':
      if (r.points !== undefined) return f.counted(r.points, m.bonusPoints);
      break;
    case 'coupon':
      if (r.discount) {
        const days = r.expiresAfterDays;
        return m.couponReward(discountText(r.discount, f), days === undefined || short ? undefined : f.counted(days, m.validFor));
      }
      break;
    case 'points_multiplier':
      if (r.multiplier !== undefined) return m.multiplier(f.number(r.multiplier));
      break;
    case 'birthday_points':
      if (r.points !== undefined) return f.counted(r.points, m.birthdayPoints);
      break;
    case 'free_shipping':
      return m.freeShipping;
  }
  // Custom perks and types this version does not know are shown by their title, if any.
  return item.title || undefined;
}
