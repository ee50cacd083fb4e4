import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Generated,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';

/** A frozen time that accounts attached to it live at (contract: "Time: test clocks"). */
@Unique('test_clocks_seq_key', ['seq'])
@Check('test_clocks_name_check', '((length(btrim(name)) >= 1) AND (length(btrim(name)) <= 200))')
@Entity({ name: 'test_clocks' })
export class TestClockEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Generated('increment')
  @Column({ type: 'bigint', generatedIdentity: 'ALWAYS', insert: false, update: false })
  seq!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ name: 'frozen_at', type: 'timestamptz' })
  frozenAt!: Date;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
