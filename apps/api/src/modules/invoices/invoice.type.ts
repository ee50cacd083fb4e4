import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../../graphql/connection.js';
import { RuleRef } from '../../graphql/explain.type.js';
import { Money } from '../../graphql/money.type.js';
import { Node } from '../../graphql/node.js';
import { DateScalar, DateTimeScalar } from '../../graphql/scalars.js';
import type { InvoiceEntity } from './invoice.entity.js';

export enum InvoiceType {
  GENERAL = 'GENERAL',
  SPECIAL_VAT = 'SPECIAL_VAT',
}
registerEnumType(InvoiceType, {
  name: 'InvoiceType',
  description:
    'GENERAL: 增值税普通发票; SPECIAL_VAT: 增值税专用发票, needs the general-taxpayer certificate (R-INV-1).',
  valuesConfig: {
    GENERAL: { description: 'A general VAT invoice (增值税普通发票), for any account.' },
    SPECIAL_VAT: {
      description:
        'A special VAT invoice (增值税专用发票): only for an account holding the general-taxpayer certificate (R-INV-1).',
    },
  },
});

export enum InvoiceStatus {
  REQUESTED = 'REQUESTED',
  ISSUED = 'ISSUED',
  REVERSED = 'REVERSED',
}
registerEnumType(InvoiceStatus, {
  name: 'InvoiceStatus',
  description: 'REVERSED: fully credited by red-letter notes after refunds (R-INV-3).',
  valuesConfig: {
    REQUESTED: {
      description:
        'Requested (or voided and requested again), waiting to be issued by `dueOn` (R-INV-2).',
    },
    ISSUED: { description: 'Issued with a fapiao number and date; its PDF is at `documentUrl`.' },
    REVERSED: {
      description:
        'Fully credited by red-letter notes after refunds: nothing left invoiced (R-INV-3).',
    },
  },
});

@ObjectType({
  implements: Node,
  description: 'An invoice for one payment (R-INV-1, R-INV-2, R-INV-3).',
})
export class Invoice extends Node {
  @Field(() => ID, { description: 'The invoice’s global id.' })
  declare id: string;

  entity!: InvoiceEntity;

  @Field(() => String, { description: 'The verified enterprise name (R-INV-1).' })
  title!: string;

  @Field(() => InvoiceType, { description: 'General or special VAT invoice (R-INV-1).' })
  type!: InvoiceType;

  @Field(() => Money, {
    description: 'The payment’s part of the order minus what was refunded of it (R-INV-3).',
  })
  amount!: Money;

  @Field(() => Money, {
    description: 'Credited by red-letter notes for refunds after invoicing (R-INV-3).',
  })
  credited!: Money;

  @Field(() => InvoiceStatus, { description: 'Requested, issued or reversed (R-INV-3).' })
  status!: InvoiceStatus;

  @Field(() => DateTimeScalar, {
    description: 'When it was requested (the latest request, after a void).',
  })
  requestedAt!: Date;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      'Issued by (R-INV-2: 45 working days after the payment); null beyond the calendar’s data.',
  })
  dueOn!: string | null;

  @Field(() => String, {
    description: 'Why dueOn is what it is, or why there is none (BEYOND_CALENDAR).',
  })
  dueReason!: string;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'When an operator issued it; null while requested.',
  })
  issuedAt!: Date | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The fapiao number (发票号码) while issued: 8 digits (paper or classic e-fapiao) or 20 (fully digital fapiao).',
  })
  number!: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'The business date printed on the fapiao, while issued (R-INV-2).',
  })
  issuedOn!: string | null;

  @Field(() => Money, {
    nullable: true,
    description:
      'What the fapiao was issued for: the amount less what red-letter notes credited before it was issued (R-INV-3).',
  })
  issuedAmount!: Money | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'The business date of the latest red-letter credit (R-INV-3).',
  })
  creditedOn!: string | null;

  @Field(() => String, { description: 'Why the amount is what it is.' })
  explanation!: string;

  @Field(() => [RuleRef], { description: 'The rules that decided the amount and the due date.' })
  rules!: RuleRef[];
}

@ObjectType({
  description:
    'A voided fapiao (作废) of an invoice, kept with its reason; the invoice was then requested again.',
})
export class VoidedFapiao {
  @Field(() => String, {
    description: 'The voided fapiao number; never used again (R-INV-3).',
  })
  number!: string;

  @Field(() => DateScalar, { description: 'The business date the voided fapiao bore.' })
  issuedOn!: string;

  @Field(() => Money, { description: 'The amount the voided fapiao bore.' })
  amount!: Money;

  @Field(() => String, { description: 'Why it was voided.' })
  reason!: string;

  @Field(() => DateTimeScalar, { description: 'When it was voided.' })
  voidedAt!: Date;
}

export const InvoiceConnection = Connection(Invoice, 'Invoice');
export type InvoiceConnection = InstanceType<typeof InvoiceConnection>;
