import { Entity, PrimaryColumn } from 'typeorm';

/**
 * The key of a catalog plan, only so that the entities referencing a plan can declare their
 * foreign key to it (`@ForeignKey`). The catalog tables (products, plans, price books, tiers)
 * are the migrations' and are read by raw SQL (catalog.repository.ts): `synchronize: false`
 * keeps the schema builder off this table, and nothing reads it through TypeORM.
 */
@Entity({ name: 'plans', synchronize: false })
export class PlanEntity {
  @PrimaryColumn({ name: 'product_code', type: 'text' })
  productCode!: string;

  @PrimaryColumn({ type: 'text' })
  code!: string;
}
