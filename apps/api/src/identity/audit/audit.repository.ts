import { Inject, Injectable } from '../../platform/nest/nest-parts';
import { Brackets, DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { AuditEventEntity } from './audit-event.entity';

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

/** An event's row as written: the service has clipped and made JSON of it already. */
export type AuditEventRow = Omit<AuditEventEntity, 'id' | 'at'>;

/** audit_events: append-only; every query and write of it. */
@Injectable()
export class AuditRepository {
  // @Inject(DataSource) is @InjectDataSource() (the default data source's token is the class)
  // without loading @nestjs/typeorm and Nest's core: the CLI's `workbook` builds this by hand.
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async insert(
    row: AuditEventRow,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    // jsonb columns: TypeORM's insert type cannot describe arbitrary JSON.
    await manager.insert(AuditEventEntity, {
      ...row,
      before: row.before as object,
      after: row.after as object,
    });
  }

  /** One page, newest first, and how many match. */
  page(filter: AuditFilter, page: number, pageSize: number): Promise<[AuditEventEntity[], number]> {
    return this.query(filter)
      .orderBy('e.id', 'DESC')
      .skip((page - 1) * pageSize)
      .take(pageSize)
      .getManyAndCount();
  }

  /** Up to `size` events older than the id `below` (all when null), newest first. */
  batch(filter: AuditFilter, below: string | null, size: number): Promise<AuditEventEntity[]> {
    const query = this.query(filter).orderBy('e.id', 'DESC').take(size);
    if (below !== null) query.andWhere('e.id < :below', { below });
    return query.getMany();
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
