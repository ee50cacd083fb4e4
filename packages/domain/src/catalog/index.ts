export type {
  Catalog,
  FlatPrices,
  Plan,
  PriceBook,
  PriceTier,
  PricingModel,
  Product,
  Sunset,
  SunsetState,
  UpgradePath,
} from './catalog-types.js';
export {
  bookInForce,
  checkSeatLimits,
  findPlan,
  findPriceBookById,
  findProduct,
  maxRenewalYears,
  priceBookInForce,
  sunsetState,
  tierFor,
  tierLabel,
} from './catalog-lookup.js';
export { DEMO_CATALOG } from './demo-catalog.js';
