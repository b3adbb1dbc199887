import { CostingError } from '@attune/domain';
import { WorkbookInputError } from '@attune/workbook';
import { NotFoundException } from '../../platform/nest/nest-parts';
import type { AuditContext } from '../../identity/audit/audit-context';
import type { AuditService } from '../../identity/audit/audit.service';
import { CostGapsException } from '../cost-summary/cost-gaps';

/**
 * What the API's routes and jobs and the CLI's `workbook` share without Nest's container: the
 * audit event of an export and the sentence for a failure. The CLI builds its services by hand
 * (workbook.commands.ts), so nothing here may need Nest's injector or load the app's modules.
 */

/** How an export was asked for, as the audit log records it. */
export type ExportRoute =
  'GET /api/programmes/:id/workbook' | 'POST /api/programmes/:id/workbook-jobs' | 'cli workbook';

/** The one audit event of a workbook export, whoever asked for it. */
export function recordWorkbookExport(
  audit: AuditService,
  programmeId: string,
  via: ExportRoute,
  who: AuditContext,
  extra: Record<string, unknown> = {},
): Promise<void> {
  return audit.record({
    action: 'workbook.export',
    entityType: 'Programme',
    entityId: programmeId,
    after: { format: 'xlsx', via, ...extra },
    ...who,
  });
}

/** A failure of the reader or the writer as a sentence for the person who asked. */
export function describeFailure(error: unknown): string | null {
  if (error instanceof NotFoundException) return error.message;
  if (error instanceof CostGapsException) return error.message;
  if (error instanceof CostingError) return `The costs cannot be worked out: ${error.message}`;
  if (error instanceof WorkbookInputError) {
    return `The workbook could not be written: ${error.message}. If the programme was being edited, try again.`;
  }
  return null;
}
