import { TIME_ENTRY_ACTIVITIES } from '@attune/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import { LaPageQueryDto } from '../../../platform/paging/list-query.dto';
import { VersionDto } from '../../../platform/versioning/version.dto';
import { IsCalendarDate } from '../../../platform/http/calendar';

const DAY = 24 * 60;
const ACTIVITIES = TIME_ENTRY_ACTIVITIES.join(', ');

export class CreateTimeEntryDto {
  @ApiPropertyOptional({ description: 'Whose time (default your own staff record).' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  staffCode?: string;

  @ApiProperty({ format: 'date' })
  @IsCalendarDate()
  date: string;

  @ApiProperty({ enum: TIME_ENTRY_ACTIVITIES })
  @IsIn(TIME_ENTRY_ACTIVITIES, { message: `activity must be one of ${ACTIVITIES}` })
  activity: string;

  @ApiProperty({ minimum: 1, maximum: DAY })
  @IsInt({ message: 'minutes must be a whole number' })
  @Min(1, { message: 'minutes must be at least 1' })
  @Max(DAY, { message: `minutes cannot exceed ${DAY} (a day)` })
  minutes: number;

  @ApiPropertyOptional({
    nullable: true,
    description: "The LA the time is for (default the person's own).",
  })
  @ValidateIf((_o, v) => v !== undefined && v !== null)
  @IsString()
  @MaxLength(40)
  laCode?: string | null;

  @ApiPropertyOptional({ nullable: true })
  @ValidateIf((_o, v) => v !== undefined && v !== null)
  @IsString()
  @MaxLength(40)
  familyReference?: string | null;

  @ApiPropertyOptional({
    nullable: true,
    description: 'Never shown to economists; write nothing that identifies a family.',
  })
  @ValidateIf((_o, v) => v !== undefined && v !== null)
  @IsString()
  @MaxLength(2000)
  note?: string | null;
}

export class UpdateTimeEntryDto extends VersionDto {
  @ApiPropertyOptional({ format: 'date' })
  @IsOptional()
  @IsCalendarDate()
  date?: string;

  @ApiPropertyOptional({ enum: TIME_ENTRY_ACTIVITIES })
  @IsOptional()
  @IsIn(TIME_ENTRY_ACTIVITIES, { message: `activity must be one of ${ACTIVITIES}` })
  activity?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt({ message: 'minutes must be a whole number' })
  @Min(1, { message: 'minutes must be at least 1' })
  @Max(DAY, { message: `minutes cannot exceed ${DAY} (a day)` })
  minutes?: number;

  @ApiPropertyOptional({ nullable: true })
  @ValidateIf((_o, v) => v !== undefined && v !== null)
  @IsString()
  @MaxLength(40)
  laCode?: string | null;

  @ApiPropertyOptional({ nullable: true })
  @ValidateIf((_o, v) => v !== undefined && v !== null)
  @IsString()
  @MaxLength(40)
  familyReference?: string | null;

  @ApiPropertyOptional({ nullable: true })
  @ValidateIf((_o, v) => v !== undefined && v !== null)
  @IsString()
  @MaxLength(2000)
  note?: string | null;
}

export class TimeEntryListQueryDto extends LaPageQueryDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(40)
  staffCode?: string;

  @ApiPropertyOptional({ format: 'date' })
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  @ApiPropertyOptional({ format: 'date' })
  @IsOptional()
  @IsCalendarDate()
  to?: string;
}
