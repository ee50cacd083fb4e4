import type { ValueTransformer } from 'typeorm';

/**
 * Money columns are `bigint` fen in PostgreSQL; pg returns them as strings, so they are
 * read back as safe integers and refused otherwise (R-MONEY-1).
 */
export const fenTransformer: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => {
    if (value === null) return null;
    const fen = Number(value);
    if (!Number.isSafeInteger(fen)) throw new RangeError(`money column out of range: ${value}`);
    return fen;
  },
};

/** `date` columns stay `YYYY-MM-DD` strings (business dates, R-TIME-1), never JS Dates. */
export const businessDateColumn = { type: 'date' as const };
