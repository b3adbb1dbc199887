import {
  Body,
  Controller,
  Get,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
  Req,
} from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { auditContext } from '../../identity/audit/audit-context';
import { Authorize } from '../../identity/auth/authorize.decorator';
import type { AuthenticatedRequest } from '../../identity/auth/current-user.decorator';
import { PageQueryDto } from '../../platform/paging/page-query.dto';
import { CreateStaffDto, UpdateStaffDto } from './dto/staff.dto';
import { StaffService } from './staff.service';

const uuid = new ParseUUIDPipe({ errorHttpStatusCode: 400 });

@ApiTags('staff')
@Controller('programmes/:programmeId/staff')
export class StaffController {
  constructor(private readonly staff: StaffService) {}

  @Get()
  @Authorize('read', 'Staff')
  @ApiOkResponse({
    description:
      "{items, total} by code; an LA manager their LA's staff, a practitioner themselves; an economist codes only (displayName null).",
  })
  list(
    @Param('programmeId', uuid) programmeId: string,
    @Query() query: PageQueryDto,
    @Req() request: AuthenticatedRequest,
  ) {
    return this.staff.list(request.principal!, programmeId, query);
  }

  @Post()
  @Authorize('create', 'Staff')
  @ApiCreatedResponse({ description: 'The new staff member.' })
  @ApiConflictResponse({
    description: '`duplicate_code`: the programme has a staff member of that code.',
  })
  create(
    @Param('programmeId', uuid) programmeId: string,
    @Body() body: CreateStaffDto,
    @Req() request: AuthenticatedRequest,
  ) {
    return this.staff.create(request.principal!, programmeId, body, auditContext(request));
  }

  @Patch(':code')
  @Authorize('update', 'Staff')
  @ApiOkResponse({ description: 'The staff member after the change.' })
  @ApiConflictResponse({ description: 'Someone changed it since you read `version`.' })
  update(
    @Param('programmeId', uuid) programmeId: string,
    @Param('code') code: string,
    @Body() body: UpdateStaffDto,
    @Req() request: AuthenticatedRequest,
  ) {
    return this.staff.update(request.principal!, programmeId, code, body, auditContext(request));
  }
}
