import { yuan } from '../money/money.js';
import type { BusinessDate } from '../time/business-date.js';
import type { Catalog, PriceBook, PriceTier } from './catalog-types.js';

/*
 * The demo catalog the rules' examples use (docs/billing-rules.md, Conventions), as data. Its
 * prices are sample data; the engine reads every price from a catalog argument, never from code.
 */

const day = (text: string): BusinessDate => text as BusinessDate;

/** Early date for demo books that have "always" been in force. */
const SINCE_EVER = day('2000-01-01');

function tier(
  minSeats: number,
  maxSeats: number | null,
  annualYuan: number,
  monthlyYuan: number,
): PriceTier {
  return {
    minSeats,
    maxSeats,
    annualUnitPrice: yuan(annualYuan),
    monthlyUnitPrice: yuan(monthlyYuan),
  };
}

function perSeatBook(id: string, effectiveFrom: BusinessDate, tiers: PriceTier[]): PriceBook {
  return { id, effectiveFrom, model: 'PER_SEAT_VOLUME', tiers };
}

export const DEMO_CATALOG: Catalog = {
  products: [
    {
      code: 'EQQ',
      name: 'Enterprise QQ',
      // R-CAT-4, section 6: renewals stop 2021-10-28, service ends 2022-01-31.
      sunset: { renewalsEndOn: day('2021-10-28'), serviceEndsOn: day('2022-01-31') },
      maxRenewalYears: 1,
      upgrade: {
        toProductCode: 'QIDIAN',
        toPlanCode: 'SEATS',
        promotionUpgradeBy: day('2021-12-31'),
      },
      plans: [
        {
          code: 'SEATS',
          name: 'Enterprise QQ seats',
          minSeats: 3,
          maxSeats: 50,
          priceBooks: [
            // *demo*: the tariff before 2010-03-01; its customers keep R-LEGACY rights.
            {
              ...perSeatBook('EQQ-2000', SINCE_EVER, [tier(3, 50, 800, 80)]),
              grantsLegacyRights: true,
            },
            // Decision (spec 1.1): 21–50 for both the annual and the monthly table.
            perSeatBook('EQQ-2010', day('2010-03-01'), [
              tier(3, 10, 1000, 100),
              tier(11, 20, 950, 95),
              tier(21, 50, 900, 90),
            ]),
          ],
        },
      ],
    },
    {
      code: 'QIDIAN',
      name: 'Qidian',
      plans: [
        {
          code: 'SEATS',
          name: 'Qidian seats',
          minSeats: 3,
          maxSeats: 50,
          priceBooks: [
            perSeatBook('QIDIAN-2021', day('2021-01-01'), [
              tier(3, 10, 1200, 120),
              tier(11, 20, 1150, 115),
              tier(21, 50, 1100, 110),
            ]),
          ],
        },
      ],
    },
    {
      code: 'EXMAIL',
      name: 'Tencent Exmail',
      plans: [
        {
          code: 'FREE',
          name: 'Exmail Free (1 GB per mailbox)',
          minSeats: 1,
          priceBooks: [
            { id: 'EXMAIL-FREE-2000', effectiveFrom: SINCE_EVER, model: 'FREE', tiers: [] },
          ],
        },
        // *demo*: per mailbox per year; the monthly price (for added mailboxes) is a tenth.
        {
          code: 'STANDARD',
          name: 'Exmail Standard',
          minSeats: 1,
          priceBooks: [perSeatBook('EXMAIL-STANDARD-2000', SINCE_EVER, [tier(1, null, 100, 10)])],
        },
        {
          code: 'PREMIUM',
          name: 'Exmail Premium',
          minSeats: 1,
          priceBooks: [perSeatBook('EXMAIL-PREMIUM-2000', SINCE_EVER, [tier(1, null, 200, 20)])],
        },
        {
          code: 'FLAGSHIP',
          name: 'Exmail Flagship',
          minSeats: 1,
          priceBooks: [perSeatBook('EXMAIL-FLAGSHIP-2000', SINCE_EVER, [tier(1, null, 400, 40)])],
        },
      ],
    },
    {
      code: 'MEETING',
      name: 'Tencent Meeting',
      plans: [
        {
          code: 'BASIC',
          name: 'Meeting Basic (free, no time limit)',
          minSeats: 1,
          priceBooks: [
            { id: 'MEETING-BASIC-2000', effectiveFrom: SINCE_EVER, model: 'FREE', tiers: [] },
          ],
        },
        // *demo*: 30 CNY per host per month; a year of the monthly plan is 12 months.
        {
          code: 'PRO_MONTHLY',
          name: 'Meeting Pro (monthly, per host)',
          minSeats: 1,
          priceBooks: [
            perSeatBook('MEETING-PRO_MONTHLY-2000', SINCE_EVER, [tier(1, null, 360, 30)]),
          ],
        },
        // *demo*: 300 CNY per host per year.
        {
          code: 'PRO_ANNUAL',
          name: 'Meeting Pro (annual, per host)',
          minSeats: 1,
          priceBooks: [
            perSeatBook('MEETING-PRO_ANNUAL-2000', SINCE_EVER, [tier(1, null, 300, 30)]),
          ],
        },
        {
          code: 'ENTERPRISE',
          name: 'Meeting Enterprise (contract price)',
          minSeats: 1,
          priceBooks: [
            {
              id: 'MEETING-ENTERPRISE-2000',
              effectiveFrom: SINCE_EVER,
              model: 'CUSTOM',
              tiers: [],
            },
          ],
        },
        // *demo*: 3,000 CNY per year, flat.
        {
          code: 'FLAGSHIP',
          name: 'Meeting Flagship',
          priceBooks: [
            {
              id: 'MEETING-FLAGSHIP-2000',
              effectiveFrom: SINCE_EVER,
              model: 'FLAT',
              tiers: [],
              flat: { annual: yuan(3000) },
            },
          ],
        },
      ],
    },
    {
      code: 'VAS',
      name: 'Value-added services',
      oneOff: true,
      // *demo* one-off prices (section 1.4); non-refundable (R-REF-NONREF).
      plans: [
        {
          code: 'CUSTOMER_LIBRARY',
          name: 'Customer library expansion',
          unit: '10,000 customers',
          priceBooks: [
            {
              id: 'VAS-CUSTOMER_LIBRARY-2000',
              effectiveFrom: SINCE_EVER,
              model: 'FLAT',
              tiers: [],
              flat: { oneOff: yuan(500) },
            },
          ],
        },
        {
          code: 'MASS_MESSAGES',
          name: 'Mass-messaging quota',
          unit: '10,000 messages',
          priceBooks: [
            {
              id: 'VAS-MASS_MESSAGES-2000',
              effectiveFrom: SINCE_EVER,
              model: 'FLAT',
              tiers: [],
              flat: { oneOff: yuan(300) },
            },
          ],
        },
        {
          code: 'SMS',
          name: 'SMS quota',
          unit: '1,000 SMS',
          priceBooks: [
            {
              id: 'VAS-SMS-2000',
              effectiveFrom: SINCE_EVER,
              model: 'FLAT',
              tiers: [],
              flat: { oneOff: yuan(100) },
            },
          ],
        },
        {
          code: 'BOT',
          name: 'Chat bot',
          unit: '1 bot',
          priceBooks: [
            {
              id: 'VAS-BOT-2000',
              effectiveFrom: SINCE_EVER,
              model: 'FLAT',
              tiers: [],
              flat: { oneOff: yuan(1000) },
            },
          ],
        },
      ],
    },
  ],
};
