// Lee's account document as `vip-tiers documents` wrote it from this folder's orders_export.csv and grants.csv
// (README "From your store's orders"); test/node/cli.test.mjs checks that the command still writes exactly this.
import type { AccountDocument } from '../shoppers.js';

export const leeDocument: AccountDocument = {
  "version": 1,
  "generatedAt": "2026-11-25T10:00:00Z",
  "program": {
    "status": "enabled",
    "entryMethod": "amount_spent",
    "milestone": "calendar_year",
    "startDate": "2023-02-01",
    "settingsSavedAt": "2023-03-10T12:00:00Z",
    "timeZone": "America/New_York",
    "currency": "USD",
    "rewardDistribution": "highest_only",
    "tiers": [
      {
        "id": "bronze",
        "name": "Bronze",
        "goal": 0,
        "color": "#a0522d",
        "entryRewards": [],
        "perks": [
          {
            "type": "points_multiplier",
            "multiplier": 1
          }
        ]
      },
      {
        "id": "silver",
        "name": "Silver",
        "goal": 50000,
        "color": "#8a8d91",
        "entryRewards": [
          {
            "type": "points",
            "points": 500
          },
          {
            "type": "coupon",
            "title": "$10 off",
            "discount": {
              "kind": "fixed",
              "amount": 1000
            },
            "expiresAfterDays": 180
          }
        ],
        "perks": [
          {
            "type": "points_multiplier",
            "multiplier": 1.5
          },
          {
            "type": "birthday_points",
            "points": 200
          }
        ]
      },
      {
        "id": "gold",
        "name": "Gold",
        "goal": 100000,
        "color": "#b8860b",
        "entryRewards": [
          {
            "type": "coupon",
            "title": "Free shipping",
            "discount": {
              "kind": "free_shipping"
            },
            "expiresAfterDays": 365
          }
        ],
        "perks": [
          {
            "type": "free_shipping"
          },
          {
            "type": "custom",
            "title": "Early access to sales"
          },
          {
            "type": "priority_support",
            "title": "Priority support line"
          }
        ]
      }
    ]
  },
  "customer": {
    "id": "lee@example.com",
    "firstName": "Lee"
  },
  "activity": [
    {
      "type": "order",
      "id": "#3101",
      "at": "2025-05-14T15:20:05Z",
      "amount": 24000
    },
    {
      "type": "order",
      "id": "#3188",
      "at": "2026-02-03T14:12:44Z",
      "amount": 18990
    },
    {
      "type": "order",
      "id": "#3240",
      "at": "2026-04-18T20:05:10Z",
      "amount": 32000,
      "refunded": 4550
    },
    {
      "type": "order",
      "id": "#3377",
      "at": "2026-10-21T22:30:12Z",
      "amount": 14800
    }
  ],
  "coupons": [],
  "grants": [
    {
      "id": "grant-2",
      "tierId": "gold",
      "at": "2025-09-01T00:00:00Z",
      "reason": "Gold in the previous loyalty program",
      "reward": false
    }
  ]
};
