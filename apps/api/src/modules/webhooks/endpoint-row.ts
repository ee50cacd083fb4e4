/** A stored webhook endpoint. */
export interface EndpointRow {
  id: string;
  seq: string;
  account_id: string | null;
  url: string;
  description: string;
  event_types: string[];
  status: 'ENABLED' | 'DISABLED';
  disabled_reason: string | null;
  disabled_at: Date | null;
  failing_since: Date | null;
  secret: string;
  previous_secret: string | null;
  previous_secret_expires_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

export const ENDPOINT_COLUMNS =
  't.id, t.seq, t.account_id, t.url, t.description, t.event_types, t.status, t.disabled_reason, t.disabled_at, t.failing_since, t.secret, t.previous_secret, t.previous_secret_expires_at, t.created_at, t.updated_at';

/** The secrets a request is signed with at `now`: the current one, and the previous one during its overlap. */
export function liveSecrets(endpoint: EndpointRow, now: Date): string[] {
  const previous =
    endpoint.previous_secret &&
    endpoint.previous_secret_expires_at &&
    endpoint.previous_secret_expires_at.getTime() > now.getTime()
      ? [endpoint.previous_secret]
      : [];
  return [endpoint.secret, ...previous];
}

/**
 * How many times a failed delivery is retried: the most whose delays — `baseSeconds`, doubled
 * each time — add up to no more than `hours` (30 s and 72 h: 13 retries over about 68 hours).
 */
export function retriesWithin(baseSeconds: number, hours: number): number {
  return Math.max(1, Math.floor(Math.log2((hours * 3600) / baseSeconds + 1)));
}

/** The delay before retry `n` (1 for the first): `baseSeconds` doubled n − 1 times. */
export function retryDelaySeconds(baseSeconds: number, n: number): number {
  return baseSeconds * 2 ** (n - 1);
}
