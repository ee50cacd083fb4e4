export {
  quote,
  type AddSeatsQuoteRequest,
  type NewSubscriptionQuoteRequest,
  type Quote,
  type QuoteRequest,
  type RenewalQuoteRequest,
  type ValueAddedQuoteRequest,
} from './quote.js';
