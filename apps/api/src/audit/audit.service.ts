import type { Principal } from '@attune/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { AuditEventEntity } from './audit-event.entity';
import { toAuditJson } from './audit-json';
import type { AuditEventView } from '@attune/contract';

/** What happened. `action` reads `<area>.<verb>`, e.g. `user.update`, `family.create`. */
export interface AuditEventInput {
  action: string;
  entityType: string;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
  principal?: Principal | null;
  requestId?: string | null;
  address?: string | null;
}

export interface AuditFilter {
  action?: string;
  entityType?: string;
  /** Part of the email, any case. */
  userEmail?: string;
  /** Inclusive; a date alone means from its start (UTC). */
  from?: Date;
  /** Exclusive end, already widened to the day after when the caller gave a date. */
  toExclusive?: Date;
}

export type { AuditEventView };

const BATCH = 1000;

function clip(value: string | null | undefined, length: number): string | null {
  return value == null ? null : value.slice(0, length);
}

@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Appends one event. Given a manager, it is written in that transaction, so
   * the change and its record are committed (or rolled back) together.
   */
  async record(event: AuditEventInput, manager?: EntityManager): Promise<void> {
    const principal = event.principal ?? null;
    await (manager ?? this.dataSource.manager).insert(AuditEventEntity, {
      userId: principal?.id ?? null,
      userEmail: clip(principal?.email, 320),
      userRole: principal?.role ?? null,
      action: event.action.slice(0, 100),
      entityType: event.entityType.slice(0, 100),
      entityId: clip(event.entityId, 200),
      // jsonb columns: TypeORM's insert type cannot describe arbitrary JSON.
      before: toAuditJson(event.before) as object,
      after: toAuditJson(event.after) as object,
      requestId: clip(event.requestId, 64),
      address: clip(event.address, 64),
    });
  }

  /** One page, newest first. */
  async list(
    filter: AuditFilter,
    page: number,
    pageSize: number,
  ): Promise<{ items: AuditEventView[]; total: number }> {
    const [rows, total] = await this.query(filter)
      .orderBy('e.id', 'DESC')
      .skip((page - 1) * pageSize)
      .take(pageSize)
      .getManyAndCount();
    return { items: rows.map(toView), total };
  }

  /** Every matching event, newest first, read in batches so memory stays flat however many there are. */
  async *stream(filter: AuditFilter): AsyncGenerator<AuditEventView> {
    let below: string | null = null;
    for (;;) {
      const query = this.query(filter).orderBy('e.id', 'DESC').take(BATCH);
      if (below !== null) query.andWhere('e.id < :below', { below });
      const rows = await query.getMany();
      for (const row of rows) yield toView(row);
      if (rows.length < BATCH) return;
      below = rows[rows.length - 1]!.id;
    }
  }

  private query(filter: AuditFilter): SelectQueryBuilder<AuditEventEntity> {
    const query = this.dataSource.getRepository(AuditEventEntity).createQueryBuilder('e');
    query.where(
      new Brackets((where) => {
        where.where('TRUE');
        if (filter.action) where.andWhere('e.action = :action', { action: filter.action });
        if (filter.entityType)
          where.andWhere('e.entityType = :entityType', { entityType: filter.entityType });
        if (filter.userEmail) {
          const pattern = `%${filter.userEmail.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
          where.andWhere('lower(e.userEmail) LIKE :email', { email: pattern });
        }
        if (filter.from) where.andWhere('e.at >= :from', { from: filter.from });
        if (filter.toExclusive) where.andWhere('e.at < :to', { to: filter.toExclusive });
      }),
    );
    return query;
  }
}

function toView(row: AuditEventEntity): AuditEventView {
  return {
    id: row.id,
    at: row.at.toISOString(),
    userId: row.userId,
    userEmail: row.userEmail,
    userRole: row.userRole,
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    before: row.before ?? null,
    after: row.after ?? null,
    requestId: row.requestId,
    address: row.address,
  };
}
