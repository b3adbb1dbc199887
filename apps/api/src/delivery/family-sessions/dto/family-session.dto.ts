import { SESSION_OUTCOMES, SESSION_TYPES } from '@attune/domain';
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
import { AsOfQueryDto } from '../../../platform/paging/list-query.dto';
import { VersionDto } from '../../../platform/versioning/version.dto';
import { IsCalendarDate } from '../../../platform/http/calendar';

const DAY = 24 * 60;

export class CreateFamilySessionDto {
  @ApiProperty({ example: 'F-LA1-7KQ2M9' })
  @IsString({ message: 'familyReference must be text' })
  @MaxLength(40)
  familyReference: string;

  @ApiPropertyOptional({
    description: "An admin's only: whose session (default the family's practitioner).",
  })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  practitionerCode?: string;

  @ApiProperty({ format: 'date' })
  @IsCalendarDate()
  date: string;

  @ApiProperty({ enum: SESSION_TYPES })
  @IsIn(SESSION_TYPES, { message: `type must be one of ${SESSION_TYPES.join(', ')}` })
  type: string;

  @ApiPropertyOptional({
    nullable: true,
    description: '1 to the cycles per family, for filming and shared_review only.',
  })
  @ValidateIf((_o, v) => v !== undefined && v !== null)
  @IsInt({ message: 'cycle must be a whole number' })
  cycle?: number | null;

  @ApiProperty({ enum: SESSION_OUTCOMES })
  @IsIn(SESSION_OUTCOMES, { message: `outcome must be one of ${SESSION_OUTCOMES.join(', ')}` })
  outcome: string;

  @ApiProperty({ minimum: 0, maximum: DAY })
  @IsInt({ message: 'contactMinutes must be a whole number of minutes' })
  @Min(0, { message: 'contactMinutes cannot be negative' })
  @Max(DAY, { message: `contactMinutes cannot exceed ${DAY} (a day)` })
  contactMinutes: number;

  @ApiProperty({ minimum: 0, maximum: DAY })
  @IsInt({ message: 'travelMinutes must be a whole number of minutes' })
  @Min(0, { message: 'travelMinutes cannot be negative' })
  @Max(DAY, { message: `travelMinutes cannot exceed ${DAY} (a day)` })
  travelMinutes: number;

  @ApiProperty({ minimum: 0, maximum: DAY })
  @IsInt({ message: 'prepMinutes must be a whole number of minutes' })
  @Min(0, { message: 'prepMinutes cannot be negative' })
  @Max(DAY, { message: `prepMinutes cannot exceed ${DAY} (a day)` })
  prepMinutes: number;
}

/** Only the fields given change. */
export class UpdateFamilySessionDto extends VersionDto {
  @ApiPropertyOptional({ format: 'date' })
  @IsOptional()
  @IsCalendarDate()
  date?: string;

  @ApiPropertyOptional({ enum: SESSION_TYPES })
  @IsOptional()
  @IsIn(SESSION_TYPES, { message: `type must be one of ${SESSION_TYPES.join(', ')}` })
  type?: string;

  @ApiPropertyOptional({ nullable: true })
  @ValidateIf((_o, v) => v !== undefined && v !== null)
  @IsInt({ message: 'cycle must be a whole number' })
  cycle?: number | null;

  @ApiPropertyOptional({ enum: SESSION_OUTCOMES })
  @IsOptional()
  @IsIn(SESSION_OUTCOMES, { message: `outcome must be one of ${SESSION_OUTCOMES.join(', ')}` })
  outcome?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt({ message: 'contactMinutes must be a whole number of minutes' })
  @Min(0, { message: 'contactMinutes cannot be negative' })
  @Max(DAY, { message: `contactMinutes cannot exceed ${DAY} (a day)` })
  contactMinutes?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt({ message: 'travelMinutes must be a whole number of minutes' })
  @Min(0, { message: 'travelMinutes cannot be negative' })
  @Max(DAY, { message: `travelMinutes cannot exceed ${DAY} (a day)` })
  travelMinutes?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt({ message: 'prepMinutes must be a whole number of minutes' })
  @Min(0, { message: 'prepMinutes cannot be negative' })
  @Max(DAY, { message: `prepMinutes cannot exceed ${DAY} (a day)` })
  prepMinutes?: number;
}

export class FamilySessionListQueryDto extends AsOfQueryDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(40)
  familyReference?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(40)
  practitionerCode?: string;

  @ApiPropertyOptional({ format: 'date' })
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  @ApiPropertyOptional({ format: 'date' })
  @IsOptional()
  @IsCalendarDate()
  to?: string;
}
