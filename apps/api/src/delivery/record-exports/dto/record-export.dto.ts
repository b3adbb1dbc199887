import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { IsCalendarDate } from '../../../platform/http/calendar';

/** `?laCode=&from=&to=`: an export of the rows the caller may see, optionally narrowed. */
export class RecordExportQueryDto {
  @ApiPropertyOptional({ description: 'Only rows of this local authority.' })
  @IsOptional()
  @IsString({ message: 'laCode must be text' })
  @MaxLength(40)
  laCode?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Only rows dated on or after this day.' })
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Only rows dated on or before this day.' })
  @IsOptional()
  @IsCalendarDate()
  to?: string;
}

/** The time entries' export takes the JSON list's filters: `?laCode=&staffCode=&from=&to=`. */
export class TimeEntryExportQueryDto extends RecordExportQueryDto {
  @ApiPropertyOptional({ description: 'Only the time of this staff member (by code).' })
  @IsOptional()
  @IsString({ message: 'staffCode must be text' })
  @MaxLength(40)
  staffCode?: string;
}
