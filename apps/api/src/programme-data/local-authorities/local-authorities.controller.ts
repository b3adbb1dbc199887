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
import { CreateLocalAuthorityDto, UpdateLocalAuthorityDto } from './dto/local-authority.dto';
import { LocalAuthoritiesService } from './local-authorities.service';

const uuid = new ParseUUIDPipe({ errorHttpStatusCode: 400 });

@ApiTags('local-authorities')
@Controller('programmes/:programmeId/local-authorities')
export class LocalAuthoritiesController {
  constructor(private readonly las: LocalAuthoritiesService) {}

  @Get()
  @Authorize('read', 'LocalAuthority')
  @ApiOkResponse({ description: '{items, total} by code; an LA-bound user: their own LA.' })
  list(
    @Param('programmeId', uuid) programmeId: string,
    @Query() query: PageQueryDto,
    @Req() request: AuthenticatedRequest,
  ) {
    return this.las.list(request.principal!, programmeId, query);
  }

  @Post()
  @Authorize('create', 'LocalAuthority')
  @ApiCreatedResponse({ description: 'The new LA.' })
  @ApiConflictResponse({ description: '`duplicate_code`: the programme has an LA of that code.' })
  create(
    @Param('programmeId', uuid) programmeId: string,
    @Body() body: CreateLocalAuthorityDto,
    @Req() request: AuthenticatedRequest,
  ) {
    return this.las.create(request.principal!, programmeId, body, auditContext(request));
  }

  @Patch(':code')
  @Authorize('update', 'LocalAuthority')
  @ApiOkResponse({ description: 'The LA after the change.' })
  @ApiConflictResponse({ description: 'Someone changed it since you read `version`.' })
  update(
    @Param('programmeId', uuid) programmeId: string,
    @Param('code') code: string,
    @Body() body: UpdateLocalAuthorityDto,
    @Req() request: AuthenticatedRequest,
  ) {
    return this.las.update(request.principal!, programmeId, code, body, auditContext(request));
  }
}
