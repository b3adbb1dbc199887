import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
  Req,
} from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { auditContext } from '../audit/audit-context';
import { PageQueryDto } from '../../platform/paging/page-query.dto';
import { Authorize } from '../auth/authorize.decorator';
import type { AuthenticatedRequest } from '../auth/current-user.decorator';
import { CreateUserDto, ResetPasswordDto, UpdateUserDto } from './dto/user.dto';
import { toUserView, UsersService, UserView } from './users.service';

const uuid = new ParseUUIDPipe({ errorHttpStatusCode: 400 });

@ApiTags('users')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @Authorize('read', 'User')
  @ApiOkResponse({ description: '{items, total}, by email.' })
  list(@Query() query: PageQueryDto) {
    return this.users.list(query.page, query.pageSize);
  }

  @Post()
  @Authorize('create', 'User')
  @ApiCreatedResponse({ description: 'The new user (never the password).' })
  async create(
    @Body() body: CreateUserDto,
    @Req() request: AuthenticatedRequest,
  ): Promise<UserView> {
    return toUserView(await this.users.create(body, auditContext(request)));
  }

  @Patch(':id')
  @Authorize('update', 'User')
  @ApiOkResponse({ description: 'The user after the change.' })
  async update(
    @Param('id', uuid) id: string,
    @Body() body: UpdateUserDto,
    @Req() request: AuthenticatedRequest,
  ): Promise<UserView> {
    return toUserView(await this.users.update(id, body, auditContext(request)));
  }

  @Post(':id/reset-password')
  @HttpCode(204)
  @Authorize('update', 'User')
  @ApiNoContentResponse({ description: 'Password set; every session of that user is ended.' })
  async resetPassword(
    @Param('id', uuid) id: string,
    @Body() body: ResetPasswordDto,
    @Req() request: AuthenticatedRequest,
  ): Promise<void> {
    await this.users.resetPassword(id, body.password, auditContext(request));
  }
}
