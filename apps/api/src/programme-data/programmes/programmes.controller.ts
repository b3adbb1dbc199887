import { Controller, Get, Query, Req } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { PageQueryDto } from '../../platform/paging/page-query.dto';
import { Authorize } from '../../identity/auth/authorize.decorator';
import type { AuthenticatedRequest } from '../../identity/auth/current-user.decorator';
import { ProgrammesService } from './programmes.service';

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
}
