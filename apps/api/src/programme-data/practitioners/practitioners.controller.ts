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
import { CreatePractitionerDto, UpdatePractitionerDto } from './dto/practitioner.dto';
import { PractitionersService } from './practitioners.service';

const uuid = new ParseUUIDPipe({ errorHttpStatusCode: 400 });

@ApiTags('practitioners')
@Controller('programmes/:programmeId/practitioners')
export class PractitionersController {
  constructor(private readonly practitioners: PractitionersService) {}

  @Get()
  @Authorize('read', 'Practitioner')
  @ApiOkResponse({
    description: "{items, total} by code; an LA manager their LA's, a practitioner themselves.",
  })
  list(
    @Param('programmeId', uuid) programmeId: string,
    @Query() query: PageQueryDto,
    @Req() request: AuthenticatedRequest,
  ) {
    return this.practitioners.list(request.principal!, programmeId, query);
  }

  @Post()
  @Authorize('create', 'Practitioner')
  @ApiCreatedResponse({ description: 'The staff member, now a practitioner (active).' })
  @ApiConflictResponse({
    description: '`duplicate_code`: that staff member is already a practitioner.',
  })
  create(
    @Param('programmeId', uuid) programmeId: string,
    @Body() body: CreatePractitionerDto,
    @Req() request: AuthenticatedRequest,
  ) {
    return this.practitioners.create(request.principal!, programmeId, body, auditContext(request));
  }

  @Patch(':code')
  @Authorize('update', 'Practitioner')
  @ApiOkResponse({
    description:
      '`{practitioner, openFamilies}`: after a withdrawal, the open families that need another practitioner.',
  })
  @ApiConflictResponse({
    description:
      '`stale_version`: someone changed it since you read `version`; `status_change`: that status change is not allowed.',
  })
  update(
    @Param('programmeId', uuid) programmeId: string,
    @Param('code') code: string,
    @Body() body: UpdatePractitionerDto,
    @Req() request: AuthenticatedRequest,
  ) {
    return this.practitioners.update(
      request.principal!,
      programmeId,
      code,
      body,
      auditContext(request),
    );
  }
}
