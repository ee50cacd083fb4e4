export type {
  LastPurchase,
  LegacyRightsUsed,
  SubscriptionMigration,
  PricedSubscription,
} from './priced-subscription.js';
export { billableMonths, type BillableMonths } from './billable-months.js';
export { boughtState } from './bought-state.js';
export { priceOpening, type OpeningInput, type OpeningPrice } from './opening-price.js';
export { priceAddSeats, type AddSeatsInput, type AddSeatsPrice } from './add-seats-price.js';
export { priceRenewal, type RenewalInput, type RenewalPrice } from './renewal-price.js';
export { removeSeats, type SeatRemoval, type SeatRemovalInput } from './seat-removal.js';
export { upgradeToQidian, type QidianUpgrade, type QidianUpgradeInput } from './qidian-upgrade.js';
export { upgradeOffer, type UpgradeOffer } from './upgrade-offer.js';
export {
  priceValueAdded,
  type ValueAddedInput,
  type ValueAddedPrice,
} from './value-added-price.js';
export { MAX_VALUE_ADDED_QUANTITY } from './value-added-price.js';
export {
  MAX_CONTRACT_UNIT_PRICE,
  atContractPrice,
  changeContractPrice,
  contractPriceInForce,
  contractPricePeriods,
  type ContractPriceChange,
  type ContractPriceChangeInput,
  type ContractPriceEntry,
  type ContractPricePeriod,
} from './contract-price.js';
