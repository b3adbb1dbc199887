import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { IsCalendarDate, IsCalendarMonth } from '../../../platform/http/calendar';

/** `?laCode=&asOf=`: the trial's counts as they stood on a day (default the reporting date). */
export class TrialFlowQueryDto {
  @ApiPropertyOptional({ description: 'Only this local authority.' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  laCode?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Counts as they stood on this day.' })
  @IsOptional()
  @IsCalendarDate()
  asOf?: string;
}

/** A referral refused as ineligible, counted in the trial's flow (nothing about the family is kept). */
export class IneligibleReferralDto {
  @ApiPropertyOptional({ description: "Required for an admin; an LA manager's own LA otherwise." })
  @IsOptional()
  @IsString({ message: 'laCode must be text' })
  @MaxLength(40)
  laCode?: string;

  @ApiProperty({ format: 'date', example: '2021-09-14' })
  @IsCalendarDate()
  referralDate: string;

  @ApiProperty({ example: '2020-05' })
  @IsCalendarMonth()
  childBirthMonth: string;

  @ApiProperty({
    description: 'The plan at referral as given; anything but CiN or CP is ineligible.',
  })
  @IsString({ message: 'planAtReferral must be text' })
  @MaxLength(20)
  planAtReferral: string;
}
