import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import {
  ATTUNED_PRINCIPLES,
  SUPERVISION_FORMATS,
  SUPERVISION_MODES,
  type AttunedPrinciple,
} from '@attune/domain';
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

export class SupervisionAttendeeDto {
  @ApiProperty({ example: 'P-LA1-01' })
  @IsString({ message: 'attendees: practitionerCode must be text' })
  @MaxLength(40)
  practitionerCode: string;

  @ApiPropertyOptional({
    nullable: true,
    type: String,
    description: 'The family whose film was reviewed.',
  })
  @ValidateIf((_o, v) => v !== undefined && v !== null)
  @IsString({ message: 'attendees: familyReference must be text or null' })
  @MaxLength(40)
  familyReference?: string | null;

  @ApiPropertyOptional({ nullable: true, type: Number, minimum: 1 })
  @ValidateIf((_o, v) => v !== undefined && v !== null)
  @IsInt({ message: 'attendees: cycle must be a whole number or null' })
  @Min(1, { message: 'attendees: cycle must be 1 or more' })
  @Max(9, { message: 'attendees: cycle must be at most 9' })
  cycle?: number | null;

  @ApiPropertyOptional({ enum: ATTUNED_PRINCIPLES, isArray: true })
  @IsOptional()
  @IsArray({ message: 'attendees: principles must be a list' })
  @IsIn(ATTUNED_PRINCIPLES, {
    each: true,
    message: `attendees: each principle must be one of ${ATTUNED_PRINCIPLES.join(', ')}`,
  })
  principles?: AttunedPrinciple[];
}

export class SupervisionSessionDto {
  @ApiPropertyOptional({
    description: "The session's id in the data package; generated when absent.",
  })
  @IsOptional()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$/, {
    message: 'code must be letters, digits, - and _ (at most 40)',
  })
  code?: string;

  @ApiProperty({ example: '2022-03-14' })
  @IsCalendarDate()
  date: string;

  @ApiPropertyOptional({ description: "Staff code; a supervisor's own code when they log it." })
  @IsOptional()
  @IsString({ message: 'supervisorCode must be text' })
  @MaxLength(40)
  supervisorCode?: string;

  @ApiProperty({ enum: SUPERVISION_FORMATS })
  @IsIn(SUPERVISION_FORMATS, { message: `format must be one of ${SUPERVISION_FORMATS.join(', ')}` })
  format: string;

  @ApiProperty({ enum: SUPERVISION_MODES })
  @IsIn(SUPERVISION_MODES, { message: `mode must be one of ${SUPERVISION_MODES.join(', ')}` })
  mode: string;

  @ApiProperty({ minimum: 1, maximum: 1440 })
  @IsInt({ message: 'durationMinutes must be a whole number of minutes' })
  @Min(1, { message: 'durationMinutes must be at least 1' })
  @Max(1440, { message: 'durationMinutes must be at most 1440 (a day)' })
  durationMinutes: number;

  @ApiPropertyOptional({ minimum: 0, maximum: 1440, default: 0 })
  @IsOptional()
  @IsInt({ message: 'prepMinutes must be a whole number of minutes' })
  @Min(0, { message: 'prepMinutes must be 0 or more' })
  @Max(1440, { message: 'prepMinutes must be at most 1440 (a day)' })
  prepMinutes?: number;

  @ApiPropertyOptional({
    nullable: true,
    type: String,
    description: 'Never shown to economists or practitioners.',
  })
  @ValidateIf((_o, v) => v !== undefined && v !== null)
  @IsString({ message: 'notes must be text or null' })
  @MaxLength(4000, { message: 'notes must be at most 4000 characters' })
  notes?: string | null;

  @ApiProperty({ type: [SupervisionAttendeeDto] })
  @IsArray({ message: 'attendees must be a list' })
  @ArrayMinSize(1, { message: 'attendees: at least one practitioner must attend' })
  @ArrayMaxSize(100, { message: 'attendees: at most 100' })
  @ValidateNested({ each: true })
  @Type(() => SupervisionAttendeeDto)
  attendees: SupervisionAttendeeDto[];
}

export class UpdateSupervisionSessionDto extends IntersectionType(
  SupervisionSessionDto,
  VersionDto,
) {}

export class SupervisionListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Sessions this practitioner attended.' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  practitionerCode?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(40)
  supervisorCode?: string;

  @ApiPropertyOptional({ description: 'Sessions with an attendee of this LA.' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  laCode?: string;
}
