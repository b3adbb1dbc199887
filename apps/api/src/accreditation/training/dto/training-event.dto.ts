import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { TRAINING_TYPES } from '@attune/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { PageQueryDto } from '../../../platform/paging/page-query.dto';
import { VersionDto } from '../../../platform/versioning/version.dto';
import { IsCalendarDate } from '../../../platform/http/calendar';

export class TrainingAttendeeDto {
  @ApiProperty({ example: 'P-LA1-01' })
  @IsString({ message: 'attendees: staffCode must be text' })
  @MaxLength(40)
  staffCode: string;

  @ApiProperty({ minimum: 0 })
  @IsInt({ message: 'attendees: minutesAttended must be a whole number of minutes' })
  @Min(0, { message: 'attendees: minutesAttended must be 0 or more' })
  minutesAttended: number;
}

export class TrainingEventDto {
  @ApiPropertyOptional({
    description: "The event's id in the data package; generated when absent.",
  })
  @IsOptional()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$/, {
    message: 'code must be letters, digits, - and _ (at most 40)',
  })
  code?: string;

  @ApiProperty({ example: '2021-07-05' })
  @IsCalendarDate()
  date: string;

  @ApiProperty({ enum: TRAINING_TYPES })
  @IsIn(TRAINING_TYPES, { message: `type must be one of ${TRAINING_TYPES.join(', ')}` })
  type: string;

  @ApiProperty({ minimum: 1, maximum: 1440 })
  @IsInt({ message: 'durationMinutes must be a whole number of minutes' })
  @Min(1, { message: 'durationMinutes must be at least 1' })
  @Max(1440, { message: 'durationMinutes must be at most 1440 (a day)' })
  durationMinutes: number;

  @ApiPropertyOptional({ nullable: true, type: String })
  @ValidateIf((_o, v) => v !== undefined && v !== null)
  @IsString({ message: 'venue must be text or null' })
  @MaxLength(200, { message: 'venue must be at most 200 characters' })
  venue?: string | null;

  @ApiProperty({ type: [String], description: 'Staff codes of the trainers, in order.' })
  @IsArray({ message: 'trainerCodes must be a list' })
  @ArrayMinSize(1, { message: 'trainerCodes: at least one trainer' })
  @ArrayMaxSize(20)
  @IsString({ each: true, message: 'trainerCodes: each must be a staff code' })
  trainerCodes: string[];

  @ApiProperty({ type: [TrainingAttendeeDto] })
  @IsArray({ message: 'attendees must be a list' })
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => TrainingAttendeeDto)
  attendees: TrainingAttendeeDto[];
}

export class UpdateTrainingEventDto extends IntersectionType(TrainingEventDto, VersionDto) {}

export class TrainingListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Events this staff member attended.' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  staffCode?: string;
}
