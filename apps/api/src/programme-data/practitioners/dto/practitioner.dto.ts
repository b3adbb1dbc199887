import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  PRACTITIONER_STATUS_REASONS,
  PRACTITIONER_STATUSES,
  STAFF_CODE_PATTERN as STAFF_CODE,
  SUBSTANTIVE_ROLES,
} from '@attune/domain';

import { IsIn, IsOptional, IsString, Matches, ValidateIf } from 'class-validator';
import { IsCalendarDate } from '../../../platform/http/calendar';
import { VersionDto } from '../../../platform/versioning/version.dto';

const STAFF_CODE_MESSAGE = 'must be letters, digits, - or _, at most 40 characters';

/** 0.1 to 1.0, at most two decimals, as text (exact). */
export const FTE = /^(0\.[1-9]\d?|1(\.0{1,2})?)$/;
const FTE_MESSAGE = 'fte must be a decimal from 0.1 to 1.0 as text, like "0.6"';
/** 0 to 80 hours, at most two decimals, as text. */
export const VIG_HOURS = /^(80(\.0{1,2})?|[1-7]?\d(\.\d{1,2})?)$/;
const VIG_HOURS_MESSAGE = 'vigHoursPerWeek must be hours from 0 to 80 as text, like "7.5"';

export class CreatePractitionerDto {
  @ApiProperty({ example: 'P-LA1-22', description: 'An existing staff member of an LA.' })
  @Matches(STAFF_CODE, { message: `code ${STAFF_CODE_MESSAGE}` })
  code: string;

  @ApiProperty({ enum: SUBSTANTIVE_ROLES })
  @IsIn(SUBSTANTIVE_ROLES, {
    message: `substantiveRole must be one of ${SUBSTANTIVE_ROLES.join(', ')}`,
  })
  substantiveRole: string;

  @ApiProperty({ example: '0.6' })
  @IsString({ message: FTE_MESSAGE })
  @Matches(FTE, { message: FTE_MESSAGE })
  fte: string;

  @ApiProperty({ example: '7.5' })
  @IsString({ message: VIG_HOURS_MESSAGE })
  @Matches(VIG_HOURS, { message: VIG_HOURS_MESSAGE })
  vigHoursPerWeek: string;

  @ApiProperty({ format: 'date' })
  @IsCalendarDate()
  startDate: string;

  @ApiProperty({
    nullable: true,
    type: String,
    description: 'A staff member who is a VIG supervisor.',
  })
  @ValidateIf((_o, v) => v !== null)
  @Matches(STAFF_CODE, { message: `supervisorCode ${STAFF_CODE_MESSAGE}` })
  supervisorCode: string | null;
}

export class UpdatePractitionerDto extends VersionDto {
  @ApiPropertyOptional({ enum: SUBSTANTIVE_ROLES })
  @IsOptional()
  @IsIn(SUBSTANTIVE_ROLES, {
    message: `substantiveRole must be one of ${SUBSTANTIVE_ROLES.join(', ')}`,
  })
  substantiveRole?: string;

  @ApiPropertyOptional({ example: '0.6' })
  @IsOptional()
  @IsString({ message: FTE_MESSAGE })
  @Matches(FTE, { message: FTE_MESSAGE })
  fte?: string;

  @ApiPropertyOptional({ example: '7.5' })
  @IsOptional()
  @IsString({ message: VIG_HOURS_MESSAGE })
  @Matches(VIG_HOURS, { message: VIG_HOURS_MESSAGE })
  vigHoursPerWeek?: string;

  @ApiPropertyOptional({ format: 'date' })
  @IsOptional()
  @IsCalendarDate()
  startDate?: string;

  @ApiPropertyOptional({ nullable: true, type: String })
  @ValidateIf((_o, v) => v !== null && v !== undefined)
  @Matches(STAFF_CODE, { message: `supervisorCode ${STAFF_CODE_MESSAGE}` })
  supervisorCode?: string | null;

  @ApiPropertyOptional({
    enum: PRACTITIONER_STATUSES,
    description: 'A status change, with statusDate and (paused, withdrawn) statusReason.',
  })
  @IsOptional()
  @IsIn(PRACTITIONER_STATUSES, {
    message: `status must be one of ${PRACTITIONER_STATUSES.join(', ')}`,
  })
  status?: string;

  @ApiPropertyOptional({ format: 'date' })
  @IsOptional()
  @IsCalendarDate()
  statusDate?: string;

  @ApiPropertyOptional({ enum: PRACTITIONER_STATUS_REASONS, nullable: true })
  @ValidateIf((_o, v) => v !== null && v !== undefined)
  @IsIn(PRACTITIONER_STATUS_REASONS, {
    message: `statusReason must be one of ${PRACTITIONER_STATUS_REASONS.join(', ')}`,
  })
  statusReason?: string | null;
}
