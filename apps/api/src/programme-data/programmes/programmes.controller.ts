import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Query,
  Req,
} from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { auditContext } from '../../identity/audit/audit-context';
import { VersionDto } from '../../platform/versioning/version.dto';
import { UpdateProgrammeDto } from './dto/programme.dto';
import { PageQueryDto } from '../../platform/paging/page-query.dto';
import { Authorize } from '../../identity/auth/authorize.decorator';
import type { AuthenticatedRequest } from '../../identity/auth/current-user.decorator';
import { ProgrammesService } from './programmes.service';

const uuid = new ParseUUIDPipe({ errorHttpStatusCode: 400 });

@ApiTags('programmes')
@Controller('programmes')
export class ProgrammesController {
  constructor(private readonly programmes: ProgrammesService) {}

  @Get()
  @Authorize('read', 'Programme')
  @ApiOkResponse({
    description:
      '{items, total}: the programmes the caller may see (an LA-bound user: those with their LA), by name.',
  })
  list(@Query() query: PageQueryDto, @Req() request: AuthenticatedRequest) {
    return this.programmes.list(request.principal!, query.page, query.pageSize);
  }

  @Patch(':programmeId')
  @Authorize('update', 'Programme')
  @ApiOkResponse({ description: 'The programme after the change.' })
  @ApiConflictResponse({ description: 'Someone changed it since you read `version`.' })
  @ApiUnprocessableEntityResponse({
    description: 'New dates would leave dated records outside the window: the field and how many.',
  })
  update(
    @Param('programmeId', uuid) id: string,
    @Body() body: UpdateProgrammeDto,
    @Req() request: AuthenticatedRequest,
  ) {
    return this.programmes.update(request.principal!, id, body, auditContext(request));
  }

  @Delete(':programmeId')
  @HttpCode(204)
  @Authorize('delete', 'Programme')
  @ApiNoContentResponse({ description: 'The programme and every row of it are gone.' })
  async remove(
    @Param('programmeId', uuid) id: string,
    @Query() query: VersionDto,
    @Req() request: AuthenticatedRequest,
  ): Promise<void> {
    await this.programmes.remove(request.principal!, id, query.version, auditContext(request));
  }
}
