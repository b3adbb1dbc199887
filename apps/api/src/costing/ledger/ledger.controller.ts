import type { LedgerMonthsView, LedgerPage } from '@attune/contract';
import { CostingError, parseLedgerFilter, type LedgerFilter } from '@attune/domain';
import {
  Controller,
  Get,
  Param,
  ParseUUIDPipe,
  Query,
  Req,
  Res,
  StreamableFile,
  UnprocessableEntityException,
} from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { stringify } from 'csv-stringify';
import type { FastifyReply } from 'fastify';
import { Readable } from 'node:stream';
import { auditContext } from '../../identity/audit/audit-context';
import { AuditService } from '../../identity/audit/audit.service';
import { Authorize } from '../../identity/auth/authorize.decorator';
import type { AuthenticatedRequest } from '../../identity/auth/current-user.decorator';
import { invalid } from '../../platform/http/errors';
import { LedgerFilterDto, LedgerQueryDto } from './dto/ledger-query.dto';
import { LEDGER_CSV_COLUMNS, ledgerCsvRow } from './ledger-csv';
import { LedgerService } from './ledger.service';

const uuid = new ParseUUIDPipe({ errorHttpStatusCode: 400 });

function filterOf(dto: LedgerFilterDto): LedgerFilter {
  const { filter, problems } = parseLedgerFilter({ ...dto });
  if (problems.length > 0) throw invalid(...problems);
  return filter;
}

/** What cannot be costed at all (a unit cost or price index problem) is a 422, as for the cost summary. */
function costingProblem(error: unknown): never {
  if (error instanceof CostingError)
    throw new UnprocessableEntityException(`The costs cannot be worked out: ${error.message}`);
  throw error;
}

@ApiTags('programmes')
@Controller('programmes')
export class LedgerController {
  constructor(
    private readonly ledger: LedgerService,
    private readonly audit: AuditService,
  ) {}

  @Get(':id/ledger')
  @Authorize('read', 'CostSummary')
  @ApiOkResponse({
    description:
      'The pseudonymised ledger lines the cost summary is made of, paged, filtered; `totalMinutes` and `totalCost` cover the whole filter.',
  })
  async page(@Param('id', uuid) id: string, @Query() query: LedgerQueryDto): Promise<LedgerPage> {
    const { page, pageSize, ...rest } = query;
    return this.ledger.page(id, filterOf(rest), page, pageSize).catch(costingProblem);
  }

  @Get(':id/ledger/months')
  @Authorize('read', 'CostSummary')
  @ApiOkResponse({
    description:
      'The filtered ledger by month: `{items: [{month, lines, minutes, cost, ledgerQuery}]}`, months in order, each cost exact and rounded once.',
  })
  async months(
    @Param('id', uuid) id: string,
    @Query() query: LedgerFilterDto,
  ): Promise<LedgerMonthsView> {
    return this.ledger.months(id, filterOf(query)).catch(costingProblem);
  }

  @Get(':id/ledger.csv')
  @Authorize('read', 'CostSummary')
  @ApiProduces('text/csv')
  async csv(
    @Param('id', uuid) id: string,
    @Query() query: LedgerFilterDto,
    @Req() request: AuthenticatedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    const filter = filterOf(query);
    const lines = this.ledger.lines(id, filter);
    // The first line (or the end) is read before answering, so a missing programme or an uncostable one is a 404 or 422, not a cut file.
    const first = await lines.next().catch(costingProblem);
    try {
      await this.audit.record({
        action: 'ledger.export',
        entityType: 'Programme',
        entityId: id,
        after: { format: 'csv', filter: { ...filter } },
        ...auditContext(request),
      });
    } catch (error) {
      await lines.return(undefined); // ends the snapshot
      throw error;
    }
    const rows = Readable.from(
      (async function* () {
        if (first.done) return;
        yield ledgerCsvRow(first.value.view);
        for await (const line of lines) yield ledgerCsvRow(line.view);
      })(),
    );
    void reply.header('content-disposition', `attachment; filename="ledger-${id}.csv"`);
    return new StreamableFile(
      rows.pipe(stringify({ header: true, columns: [...LEDGER_CSV_COLUMNS] })),
      {
        type: 'text/csv; charset=utf-8',
      },
    );
  }
}
