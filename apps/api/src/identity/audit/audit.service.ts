import type { Principal } from '@attune/domain';
import { Injectable } from '../../platform/nest/nest-parts';
import type { DataSource, EntityManager } from 'typeorm';
import type { AuditEventEntity } from './audit-event.entity';
import { AuditRepository, type AuditEventRow, type AuditFilter } from './audit.repository';
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

export type { AuditFilter } from './audit.repository';

export type { AuditEventView };

const BATCH = 1000;

function clip(value: string | null | undefined, length: number): string | null {
  return value == null ? null : value.slice(0, length);
}

@Injectable()
export class AuditService {
  constructor(private readonly events: AuditRepository) {}

  /** The service outside Nest's container, on a plain DataSource (the CLI's `workbook`). */
  static on(dataSource: DataSource): AuditService {
    return new AuditService(new AuditRepository(dataSource));
  }

  /**
   * Appends one event. Given a manager, it is written in that transaction, so
   * the change and its record are committed (or rolled back) together.
   */
  async record(event: AuditEventInput, manager?: EntityManager): Promise<void> {
    const principal = event.principal ?? null;
    const row: AuditEventRow = {
      userId: principal?.id ?? null,
      userEmail: clip(principal?.email, 320),
      userRole: principal?.role ?? null,
      action: event.action.slice(0, 100),
      entityType: event.entityType.slice(0, 100),
      entityId: clip(event.entityId, 200),
      before: toAuditJson(event.before),
      after: toAuditJson(event.after),
      requestId: clip(event.requestId, 64),
      address: clip(event.address, 64),
    };
    await this.events.insert(row, manager);
  }

  /** One page, newest first. */
  async list(
    filter: AuditFilter,
    page: number,
    pageSize: number,
  ): Promise<{ items: AuditEventView[]; total: number }> {
    const [rows, total] = await this.events.page(filter, page, pageSize);
    return { items: rows.map(toView), total };
  }

  /** Every matching event, newest first, read in batches so memory stays flat however many there are. */
  async *stream(filter: AuditFilter): AsyncGenerator<AuditEventView> {
    let below: string | null = null;
    for (;;) {
      const rows = await this.events.batch(filter, below, BATCH);
      for (const row of rows) yield toView(row);
      if (rows.length < BATCH) return;
      below = rows[rows.length - 1]!.id;
    }
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
