import type { BusinessDate, Catalog, Fen, PriceBook, Product, ProductCode } from '@billing/domain';
import type { Queryable } from '../../db/queryable.js';

const cache = new WeakMap<object, Promise<Catalog>>();

/**
 * The catalog as the rules engine takes it (R-CAT-1), built from the catalog tables. Read once
 * per process and data source; `invalidateCatalog` after an edit.
 */
export function loadCatalog(db: Queryable & object): Promise<Catalog> {
  const key = 'connection' in db ? (db.connection as object) : db;
  let loaded = cache.get(key);
  if (!loaded) {
    loaded = readCatalog(db).catch((error: unknown) => {
      cache.delete(key);
      throw error;
    });
    cache.set(key, loaded);
  }
  return loaded;
}

export function invalidateCatalog(db: object): void {
  cache.delete('connection' in db ? (db as { connection: object }).connection : db);
}

const fen = (value: string | null): Fen | undefined => (value === null ? undefined : Number(value));

interface ProductRow {
  code: string;
  name: string;
  renewals_end_on: BusinessDate | null;
  service_ends_on: BusinessDate | null;
  max_renewal_years: number | null;
  upgrade_to_product: string | null;
  upgrade_to_plan: string | null;
  promotion_upgrade_by: BusinessDate | null;
  one_off: boolean;
}
interface PlanRow {
  product_code: string;
  code: string;
  name: string;
  min_seats: number | null;
  max_seats: number | null;
  unit: string | null;
}
interface BookRow {
  id: string;
  product_code: string;
  plan_code: string;
  effective_from: BusinessDate;
  model: PriceBook['model'];
  flat_annual: string | null;
  flat_monthly: string | null;
  flat_one_off: string | null;
  grants_legacy_rights: boolean;
}
interface TierRow {
  price_book_id: string;
  min_seats: number;
  max_seats: number | null;
  annual_unit_price: string;
  monthly_unit_price: string;
}

async function readCatalog(db: Queryable): Promise<Catalog> {
  const [products, plans, books, tiers]: [ProductRow[], PlanRow[], BookRow[], TierRow[]] = [
    await db.query(`SELECT * FROM products ORDER BY position, code`),
    await db.query(`SELECT * FROM plans ORDER BY product_code, position, code`),
    await db.query(`SELECT * FROM price_books ORDER BY product_code, plan_code, effective_from`),
    await db.query(`SELECT * FROM price_tiers ORDER BY price_book_id, min_seats`),
  ];
  const tiersByBook = new Map<string, PriceBook['tiers'][number][]>();
  for (const t of tiers) {
    const list = tiersByBook.get(t.price_book_id) ?? [];
    list.push({
      minSeats: t.min_seats,
      maxSeats: t.max_seats,
      annualUnitPrice: Number(t.annual_unit_price),
      monthlyUnitPrice: Number(t.monthly_unit_price),
    });
    tiersByBook.set(t.price_book_id, list);
  }
  return {
    products: products.map((p): Product => ({
      code: p.code as ProductCode,
      name: p.name,
      ...(p.renewals_end_on
        ? { sunset: { renewalsEndOn: p.renewals_end_on, serviceEndsOn: p.service_ends_on! } }
        : {}),
      ...(p.max_renewal_years ? { maxRenewalYears: p.max_renewal_years } : {}),
      ...(p.upgrade_to_product
        ? {
            upgrade: {
              toProductCode: p.upgrade_to_product as ProductCode,
              toPlanCode: p.upgrade_to_plan!,
              promotionUpgradeBy: p.promotion_upgrade_by!,
            },
          }
        : {}),
      ...(p.one_off ? { oneOff: true } : {}),
      plans: plans
        .filter((plan) => plan.product_code === p.code)
        .map((plan) => ({
          code: plan.code,
          name: plan.name,
          ...(plan.min_seats !== null ? { minSeats: plan.min_seats } : {}),
          ...(plan.max_seats !== null ? { maxSeats: plan.max_seats } : {}),
          ...(plan.unit ? { unit: plan.unit } : {}),
          priceBooks: books
            .filter((b) => b.product_code === p.code && b.plan_code === plan.code)
            .map((b): PriceBook => {
              const flat = {
                annual: fen(b.flat_annual),
                monthly: fen(b.flat_monthly),
                oneOff: fen(b.flat_one_off),
              };
              return {
                id: b.id,
                effectiveFrom: b.effective_from,
                model: b.model,
                tiers: tiersByBook.get(b.id) ?? [],
                ...(b.model === 'FLAT'
                  ? {
                      flat: Object.fromEntries(
                        Object.entries(flat).filter(([, v]) => v !== undefined),
                      ),
                    }
                  : {}),
                ...(b.grants_legacy_rights ? { grantsLegacyRights: true } : {}),
              };
            }),
        })),
    })),
  };
}
