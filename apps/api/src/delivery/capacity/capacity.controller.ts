import type { Principal } from '@attune/domain';
import { Controller, Get, Header, Param, Query, Req } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { auditContext } from '../../identity/audit/audit-context';
import { Authorize } from '../../identity/auth/authorize.decorator';
import { CurrentUser } from '../../identity/auth/current-user.decorator';
import type { AuthenticatedRequest } from '../../identity/auth/current-user.decorator';
import { DataVersionRead, ReadsDataVersion } from '../../platform/cache/request-version';
import { AsOfQueryDto } from '../../platform/paging/list-query.dto';
import { CapacityService } from './capacity.service';

export class CapacityQueryDto extends AsOfQueryDto {
  @ApiPropertyOptional({ example: 'P-LA1-01', description: 'One practitioner only.' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  code?: string;
}

export class LaFilterDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(40)
  laCode?: string;
}

const CSV = 'text/csv; charset=utf-8';

@ApiTags('capacity')
@Controller('programmes/:programmeId')
export class CapacityController {
  constructor(private readonly capacity: CapacityService) {}

  @Get('capacity')
  @Authorize('read', 'Capacity')
  @ApiOkResponse({
    description:
      '{items, total}: one row per practitioner (code, laCode, familiesAllocated, familiesActive, familiesCompleted, familiesNotProceeded, belowMinimum, sessionsHeld, lastSessionDate, familiesOverdue, vigHoursPerWeek, vigMinutesLast4Weeks, status), by code; an LA manager sees their LA only.',
  })
  @Header('Content-Type', 'application/json; charset=utf-8')
  @ReadsDataVersion('programmeId')
  list(
    @Param('programmeId') programmeId: string,
    @Query() query: CapacityQueryDto,
    @CurrentUser() user: Principal,
    @DataVersionRead('programmeId') version: string | null | undefined,
  ): Promise<Buffer> {
    // Already JSON bytes: the same answer is served, unchanged, until the data changes.
    return this.capacity.listJson(user, programmeId, query, version);
  }

  @Get('capacity/export')
  @Authorize('read', 'Capacity')
  @Header('Content-Type', CSV)
  @Header('Content-Disposition', 'attachment; filename="capacity.csv"')
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'The capacity rows (all of them) as CSV.' })
  exportCsv(
    @Param('programmeId') programmeId: string,
    @Query() query: CapacityQueryDto,
    @CurrentUser() user: Principal,
    @Req() request: AuthenticatedRequest,
  ): Promise<string> {
    const { laCode, code, asOf } = query;
    return this.capacity.exportCsv(
      user,
      programmeId,
      { laCode, code, asOf },
      auditContext(request),
    );
  }

  @Get('dashboard/not-proceeded')
  @Authorize('read', 'NotProceeded')
  @ApiOkResponse({ description: '{referred, notProceeded, rate, reasons: [{reason, count}]}.' })
  notProceeded(
    @Param('programmeId') programmeId: string,
    @Query() query: LaFilterDto,
    @CurrentUser() user: Principal,
  ) {
    return this.capacity.notProceeded(user, programmeId, query.laCode);
  }

  @Get('dashboard/not-proceeded/export')
  @Authorize('read', 'NotProceeded')
  @Header('Content-Type', CSV)
  @Header('Content-Disposition', 'attachment; filename="not-proceeded.csv"')
  @ApiProduces('text/csv')
  notProceededCsv(
    @Param('programmeId') programmeId: string,
    @Query() query: LaFilterDto,
    @CurrentUser() user: Principal,
    @Req() request: AuthenticatedRequest,
  ): Promise<string> {
    return this.capacity.notProceededCsv(user, programmeId, query.laCode, auditContext(request));
  }

  @Get('dashboard/intake')
  @Authorize('read', 'Capacity')
  @ApiOkResponse({
    description: '{intakeStart, intakeEnd, months: [{month, referred, randomised, inWindow}]}.',
  })
  intake(
    @Param('programmeId') programmeId: string,
    @Query() query: LaFilterDto,
    @CurrentUser() user: Principal,
  ) {
    return this.capacity.intake(user, programmeId, query.laCode);
  }

  @Get('dashboard/intake/export')
  @Authorize('read', 'Capacity')
  @Header('Content-Type', CSV)
  @Header('Content-Disposition', 'attachment; filename="intake.csv"')
  @ApiProduces('text/csv')
  intakeCsv(
    @Param('programmeId') programmeId: string,
    @Query() query: LaFilterDto,
    @CurrentUser() user: Principal,
    @Req() request: AuthenticatedRequest,
  ): Promise<string> {
    return this.capacity.intakeCsv(user, programmeId, query.laCode, auditContext(request));
  }
}
