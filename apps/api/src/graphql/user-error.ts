import { Field, ObjectType, registerEnumType } from 'type-graphql';

/** Stable codes for business refusals (the contract's `UserErrorCode`). */
export enum UserErrorCode {
  INVALID_INPUT = 'INVALID_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  SEAT_LIMIT = 'SEAT_LIMIT',
  NOT_REFUNDABLE = 'NOT_REFUNDABLE',
  INVALID_STATE = 'INVALID_STATE',
  INSUFFICIENT_BALANCE = 'INSUFFICIENT_BALANCE',
  PRODUCT_SUNSET = 'PRODUCT_SUNSET',
  IDEMPOTENCY_KEY_REUSED = 'IDEMPOTENCY_KEY_REUSED',
  OUTSIDE_WINDOW = 'OUTSIDE_WINDOW',
  BEYOND_CALENDAR = 'BEYOND_CALENDAR',
  ALREADY_INVOICED = 'ALREADY_INVOICED',
  TITLE_MISMATCH = 'TITLE_MISMATCH',
  FAPIAO_NUMBER_TAKEN = 'FAPIAO_NUMBER_TAKEN',
}
registerEnumType(UserErrorCode, {
  name: 'UserErrorCode',
  description: 'Why a business rule refused a request. Codes are stable.',
});

@ObjectType({ description: 'A business refusal: the request broke a rule and changed nothing.' })
export class UserError {
  @Field(() => UserErrorCode)
  code!: UserErrorCode;

  @Field(() => String)
  message!: string;

  @Field(() => [String], { nullable: true, description: 'Path of the input field concerned.' })
  field?: string[] | null;
}

export function userError(code: UserErrorCode, message: string, field?: string[]): UserError {
  return { code, message, field: field ?? null };
}
