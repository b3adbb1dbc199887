import {
  FAMILY_STATUSES,
  FOLLOW_UP_STATUSES,
  SUPPORT_KINDS,
  NOT_PROCEEDED_REASONS,
  OUTCOMES_6M,
  PLANS,
  REFERRAL_SOURCES,
  WITHDRAWN_REASONS,
  type ReferralSource,
} from '@attune/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, MaxLength, ValidateIf } from 'class-validator';
import { AsOfQueryDto } from '../../../platform/paging/list-query.dto';
import { VersionDto } from '../../../platform/versioning/version.dto';
import { IsCalendarDate, IsCalendarMonth } from '../../../platform/http/calendar';

/** A referral: nothing that identifies the family (the birth month only, never the day). */
export class ReferFamilyDto {
  @ApiPropertyOptional({ description: "Required for an admin; an LA manager's own LA otherwise." })
  @IsOptional()
  @IsString({ message: 'laCode must be text' })
  @MaxLength(40)
  laCode?: string;

  @ApiProperty({ format: 'date', example: '2021-09-14' })
  @IsCalendarDate()
  referralDate: string;

  @ApiProperty({ example: '2021-05', description: "The child's birth month, YYYY-MM." })
  @IsCalendarMonth()
  childBirthMonth: string;

  @ApiProperty({ enum: PLANS, description: 'CiN or CP; anything else is not eligible.' })
  @IsString({ message: 'planAtReferral must be text' })
  @MaxLength(20)
  planAtReferral: string;

  @ApiProperty({ description: 'Court proceedings under way (VIG is then rarely appropriate).' })
  @IsBoolean({ message: 'courtProceedings must be true or false' })
  courtProceedings: boolean;

  @ApiPropertyOptional({ nullable: true, description: 'Consent to filming.' })
  @IsOptional()
  @IsBoolean({ message: 'consentFilming must be true or false' })
  consentFilming?: boolean | null;

  @ApiPropertyOptional({
    nullable: true,
    description: 'Consent to clips being used in supervision and training.',
  })
  @IsOptional()
  @IsBoolean({ message: 'consentClipsUse must be true or false' })
  consentClipsUse?: boolean | null;

  @ApiPropertyOptional({
    enum: REFERRAL_SOURCES,
    nullable: true,
    description: 'Who referred the family.',
  })
  @ValidateIf((_o, v) => v !== undefined && v !== null)
  @IsIn(REFERRAL_SOURCES, {
    message: `referralSource must be one of ${REFERRAL_SOURCES.join(', ')}`,
  })
  referralSource?: ReferralSource | null;

  @ApiPropertyOptional({
    nullable: true,
    description: 'Needs translation or additional support to take part in the evaluation.',
  })
  @ValidateIf((_o, v) => v !== undefined && v !== null)
  @IsBoolean({ message: 'supportNeeded must be true, false or null' })
  supportNeeded?: boolean | null;

  @ApiPropertyOptional({ enum: SUPPORT_KINDS, nullable: true, description: 'When supportNeeded.' })
  @ValidateIf((_o, v) => v !== undefined && v !== null)
  @IsIn(SUPPORT_KINDS, { message: `supportKind must be one of ${SUPPORT_KINDS.join(', ')}` })
  supportKind?: string | null;
}

export class RandomiseDto {
  @ApiPropertyOptional({ format: 'date', description: 'Default today.' })
  @IsOptional()
  @IsCalendarDate()
  date?: string;
}

/** A randomisation made elsewhere (e.g. by the trial's own service), recorded here. */
export class RecordRandomisationDto {
  @ApiProperty({ enum: ['intervention', 'control'] })
  @IsIn(['intervention', 'control'], { message: 'trialArm must be intervention or control' })
  trialArm: 'intervention' | 'control';

  @ApiProperty({ format: 'date' })
  @IsCalendarDate()
  randomisationDate: string;
}

export class AllocateDto extends VersionDto {
  @ApiProperty({ example: 'P-LA1-01' })
  @IsString({ message: 'practitionerCode must be text' })
  @MaxLength(40)
  practitionerCode: string;

  @ApiPropertyOptional({ format: 'date', description: 'Default today.' })
  @IsOptional()
  @IsCalendarDate()
  date?: string;

  @ApiPropertyOptional({
    description:
      'Admin only, and required then: why a referred family is allocated outside the trial (no randomisation).',
  })
  @IsOptional()
  @IsString({ message: 'outsideTrialReason must be text' })
  @MaxLength(200, { message: 'outsideTrialReason must be at most 200 characters' })
  outsideTrialReason?: string;
}

export class StatusChangeDto extends VersionDto {
  @ApiProperty({ enum: FAMILY_STATUSES })
  @IsIn(FAMILY_STATUSES, { message: `status must be one of ${FAMILY_STATUSES.join(', ')}` })
  status: string;

  @ApiPropertyOptional({
    nullable: true,
    description: `For not_proceeded: ${NOT_PROCEEDED_REASONS.join(', ')}; for withdrawn: ${WITHDRAWN_REASONS.join(', ')}.`,
  })
  @IsOptional()
  @IsString({ message: 'reason must be text' })
  @MaxLength(40)
  reason?: string | null;

  @ApiPropertyOptional({ format: 'date', description: 'Default today.' })
  @IsOptional()
  @IsCalendarDate()
  date?: string;
}

/** Only the fields given change; null clears. */
export class UpdateFamilyDto extends VersionDto {
  @ApiPropertyOptional({ nullable: true })
  @ValidateIf((_o, v) => v !== undefined && v !== null)
  @IsBoolean({ message: 'consentFilming must be true, false or null' })
  consentFilming?: boolean | null;

  @ApiPropertyOptional({ nullable: true })
  @ValidateIf((_o, v) => v !== undefined && v !== null)
  @IsBoolean({ message: 'consentClipsUse must be true, false or null' })
  consentClipsUse?: boolean | null;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean({ message: 'courtProceedings must be true or false' })
  courtProceedings?: boolean;

  @ApiPropertyOptional({
    enum: OUTCOMES_6M,
    nullable: true,
    description: 'Six months after randomisation.',
  })
  @ValidateIf((_o, v) => v !== undefined && v !== null)
  @IsIn(OUTCOMES_6M, { message: `outcome6m must be one of ${OUTCOMES_6M.join(', ')}` })
  outcome6m?: string | null;

  @ApiPropertyOptional({ enum: REFERRAL_SOURCES, nullable: true, description: 'Null clears it.' })
  @ValidateIf((_o, v) => v !== undefined && v !== null)
  @IsIn(REFERRAL_SOURCES, {
    message: `referralSource must be one of ${REFERRAL_SOURCES.join(', ')}`,
  })
  referralSource?: ReferralSource | null;

  @ApiPropertyOptional({
    format: 'date',
    nullable: true,
    description: 'The baseline questionnaire was completed (required before randomisation).',
  })
  @ValidateIf((_o, v) => v !== undefined && v !== null)
  @IsCalendarDate()
  baselineCompletedOn?: string | null;

  @ApiPropertyOptional({ enum: FOLLOW_UP_STATUSES, nullable: true })
  @ValidateIf((_o, v) => v !== undefined && v !== null)
  @IsIn(FOLLOW_UP_STATUSES, {
    message: `followUp4mStatus must be one of ${FOLLOW_UP_STATUSES.join(', ')}`,
  })
  followUp4mStatus?: string | null;

  @ApiPropertyOptional({
    format: 'date',
    nullable: true,
    description: 'When the four-month follow-up was completed or found missed (default today).',
  })
  @ValidateIf((_o, v) => v !== undefined && v !== null)
  @IsCalendarDate()
  followUp4mOn?: string | null;

  @ApiPropertyOptional({
    nullable: true,
    description: 'Needs translation or additional support to take part in the evaluation.',
  })
  @ValidateIf((_o, v) => v !== undefined && v !== null)
  @IsBoolean({ message: 'supportNeeded must be true, false or null' })
  supportNeeded?: boolean | null;

  @ApiPropertyOptional({ enum: SUPPORT_KINDS, nullable: true, description: 'When supportNeeded.' })
  @ValidateIf((_o, v) => v !== undefined && v !== null)
  @IsIn(SUPPORT_KINDS, { message: `supportKind must be one of ${SUPPORT_KINDS.join(', ')}` })
  supportKind?: string | null;
}

export class FamilyListQueryDto extends AsOfQueryDto {
  @ApiPropertyOptional({ enum: FAMILY_STATUSES })
  @IsOptional()
  @IsIn(FAMILY_STATUSES, { message: `status must be one of ${FAMILY_STATUSES.join(', ')}` })
  status?: string;

  @ApiPropertyOptional({
    description: 'true: only overdue families (active, no held session for over 14 days).',
  })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) =>
    value === 'true' ? true : value === 'false' ? false : value,
  )
  @IsBoolean({ message: 'overdue must be true or false' })
  overdue?: boolean;

  @ApiPropertyOptional({ example: 'P-LA1-01' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  practitionerCode?: string;
}
