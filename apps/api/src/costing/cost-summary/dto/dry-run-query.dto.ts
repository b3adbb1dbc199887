import { ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { VersionDto } from '../../../platform/versioning/version.dto';

/** `?dryRun=true` on a write to the prices: answer the cost summary before and after, write nothing. */
export class DryRunQueryDto {
  @ApiPropertyOptional({ enum: ['true', 'false'] })
  @IsOptional()
  @IsIn(['true', 'false'], { message: 'dryRun must be true or false' })
  dryRun?: 'true' | 'false';
}

/** `?version=&dryRun=` of a DELETE. */
export class DryRunDeleteQueryDto extends IntersectionType(VersionDto, DryRunQueryDto) {}

export const isDryRun = (query: DryRunQueryDto): boolean => query.dryRun === 'true';
