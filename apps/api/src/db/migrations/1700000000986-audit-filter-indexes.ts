import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit trail's filters by action and by acting token (`auditLog(action:, actor:)`) read
 * their page by keyset on `seq` through an index each, as the object and account filters do.
 */
export class AuditFilterIndexes1700000000986 implements MigrationInterface {
  name = 'AuditFilterIndexes1700000000986';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX audit_action ON audit_log (action, seq)`);
    await db.query(
      `CREATE INDEX audit_actor_token ON audit_log (actor_token_id, seq) WHERE actor_token_id IS NOT NULL`,
    );
    await db.query(`CREATE INDEX audit_actor_role ON audit_log (actor_role, seq)`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const index of ['audit_action', 'audit_actor_token', 'audit_actor_role'])
      await db.query(`DROP INDEX ${index}`);
  }
}
