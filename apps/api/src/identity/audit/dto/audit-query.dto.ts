import { ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { IsISO8601, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageQueryDto } from '../../../platform/paging/page-query.dto';

export class AuditFilterDto {
  @ApiPropertyOptional({ example: 'auth.sign_in_failed' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  action?: string;

  @ApiPropertyOptional({ example: 'User' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  entityType?: string;

  @ApiPropertyOptional({ description: 'Part of the email, any case.' })
  @IsOptional()
  @IsString()
  @MaxLength(320)
  userEmail?: string;

  @ApiPropertyOptional({ description: 'ISO date or timestamp, inclusive.', example: '2026-01-31' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'from must be an ISO date (YYYY-MM-DD) or timestamp' })
  from?: string;

  @ApiPropertyOptional({ description: 'ISO date (the whole day counts) or timestamp, inclusive.' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'to must be an ISO date (YYYY-MM-DD) or timestamp' })
  to?: string;
}

/** The filters and a page. */
export class AuditQueryDto extends IntersectionType(AuditFilterDto, PageQueryDto) {}
