import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { PageQueryDto } from './page-query.dto';
import { IsCalendarDate } from '../../platform/http/calendar';

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
export const ISO_MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** `?page=&pageSize=&laCode=`: every delivery list pages and filters by LA. */
export class LaPageQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Only rows of this local authority.' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  laCode?: string;
}

/** `?asOf=YYYY-MM-DD`: the day figures such as "overdue" are computed for (default today). */
export class AsOfQueryDto extends LaPageQueryDto {
  @ApiPropertyOptional({ format: 'date', description: 'Compute as of this date (default today).' })
  @IsOptional()
  @IsCalendarDate()
  asOf?: string;
}
