import {
  BadRequestException,
  Body,
  ConflictException,
  Controller,
  Get,
  HttpCode,
  NotFoundException,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
  Req,
} from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { auditContext } from '../audit/audit-context';
import { PageQueryDto } from '../audit/dto/page-query.dto';
import { Authorize } from '../auth/authorize.decorator';
import type { AuthenticatedRequest } from '../auth/current-user.decorator';
import { CreateUserDto, ResetPasswordDto, UpdateUserDto } from './dto/user.dto';
import {
  toUserView,
  UserConflictError,
  UserInputError,
  UserNotFoundError,
  UsersService,
  UserView,
} from './users.service';

/** The service's errors as HTTP answers. */
async function answer<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof UserNotFoundError) throw new NotFoundException(error.message);
    if (error instanceof UserConflictError) throw new ConflictException(error.message);
    if (error instanceof UserInputError) throw new BadRequestException(error.problems);
    throw error;
  }
}

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
    return toUserView(await answer(() => this.users.create(body, auditContext(request))));
  }

  @Patch(':id')
  @Authorize('update', 'User')
  @ApiOkResponse({ description: 'The user after the change.' })
  async update(
    @Param('id', uuid) id: string,
    @Body() body: UpdateUserDto,
    @Req() request: AuthenticatedRequest,
  ): Promise<UserView> {
    return toUserView(await answer(() => this.users.update(id, body, auditContext(request))));
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
    await answer(() => this.users.resetPassword(id, body.password, auditContext(request)));
  }
}
