export {
  quote,
  type AddSeatsQuoteRequest,
  type NewSubscriptionQuoteRequest,
  type Quote,
  type QuoteRequest,
  type RenewalQuoteRequest,
} from './quote.js';
