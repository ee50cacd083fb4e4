import { DEMO_CATALOG, generatePoolNumbers, numberGrade } from '@billing/domain';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Loads the spec's demo catalog (R-CAT-1, R-CAT-2, R-CAT-3, R-CAT-4, from @billing/domain's data)
 * and a pool of free enterprise numbers (R-NUM-3). Rows are data from here on: editable, never
 * re-seeded.
 */
export class DemoCatalog1700000000003 implements MigrationInterface {
  name = 'DemoCatalog1700000000003';

  async up(db: QueryRunner): Promise<void> {
    let productPosition = 0;
    for (const product of DEMO_CATALOG.products) {
      await db.query(
        `INSERT INTO products (code, name, renewals_end_on, service_ends_on, max_renewal_years,
                               upgrade_to_product, upgrade_to_plan, promotion_upgrade_by, one_off, position)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
        [
          product.code,
          product.name,
          product.sunset?.renewalsEndOn ?? null,
          product.sunset?.serviceEndsOn ?? null,
          product.maxRenewalYears ?? null,
          product.upgrade?.toProductCode ?? null,
          product.upgrade?.toPlanCode ?? null,
          product.upgrade?.promotionUpgradeBy ?? null,
          product.oneOff ?? false,
          productPosition++,
        ],
      );
      let planPosition = 0;
      for (const plan of product.plans) {
        await db.query(
          `INSERT INTO plans (product_code, code, name, min_seats, max_seats, unit, position)
           VALUES ($1, $2, $3, $4, $5, $6, $7)`,
          [
            product.code,
            plan.code,
            plan.name,
            plan.minSeats ?? null,
            plan.maxSeats ?? null,
            plan.unit ?? null,
            planPosition++,
          ],
        );
        for (const book of plan.priceBooks) {
          await db.query(
            `INSERT INTO price_books (id, product_code, plan_code, effective_from, model,
                                      flat_annual, flat_monthly, flat_one_off, grants_legacy_rights)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
            [
              book.id,
              product.code,
              plan.code,
              book.effectiveFrom,
              book.model,
              book.flat?.annual ?? null,
              book.flat?.monthly ?? null,
              book.flat?.oneOff ?? null,
              book.grantsLegacyRights ?? false,
            ],
          );
          for (const tier of book.tiers) {
            await db.query(
              `INSERT INTO price_tiers (price_book_id, min_seats, max_seats, annual_unit_price, monthly_unit_price)
               VALUES ($1, $2, $3, $4, $5)`,
              [book.id, tier.minSeats, tier.maxSeats, tier.annualUnitPrice, tier.monthlyUnitPrice],
            );
          }
        }
      }
    }
    // A pool of 400/800 numbers, with some "nicer" ones for larger customers (R-NUM-3).
    const nice = [
      '4008888888',
      '8001234567',
      '4006666666',
      '8009999999',
      '4001112345',
      '8005556789',
      '4007770000',
      '8002223456',
    ];
    const numbers = [
      ...nice,
      ...generatePoolNumbers(20211028, 300, '400'),
      ...generatePoolNumbers(20220131, 300, '800'),
    ];
    for (const number of numbers) {
      await db.query(
        `INSERT INTO enterprise_numbers (number, grade) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
        [number, numberGrade(number)],
      );
    }
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DELETE FROM enterprise_numbers WHERE subscription_id IS NULL`);
    await db.query(`DELETE FROM price_tiers`);
    await db.query(`DELETE FROM price_books`);
    await db.query(`DELETE FROM plans`);
    await db.query(`DELETE FROM products`);
  }
}
