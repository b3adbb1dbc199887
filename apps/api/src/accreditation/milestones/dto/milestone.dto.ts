import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { MILESTONE_OUTCOMES, MILESTONE_TYPES } from '@attune/domain';
import { IsIn, IsOptional, IsString, MaxLength, ValidateIf } from 'class-validator';
import { PageQueryDto } from '../../../platform/paging/page-query.dto';
import { VersionDto } from '../../../platform/versioning/version.dto';
import { IsCalendarDate } from '../../../platform/http/calendar';

export class MilestoneDto {
  @ApiProperty({ example: 'P-LA1-01' })
  @IsString({ message: 'practitionerCode must be text' })
  @MaxLength(40)
  practitionerCode: string;

  @ApiProperty({ enum: MILESTONE_TYPES })
  @IsIn(MILESTONE_TYPES, { message: `type must be one of ${MILESTONE_TYPES.join(', ')}` })
  type: string;

  @ApiProperty({ example: '2022-02-10' })
  @IsCalendarDate()
  date: string;

  @ApiPropertyOptional({ nullable: true, type: String, description: "The assessor's staff code." })
  @ValidateIf((_o, v) => v !== undefined && v !== null)
  @IsString({ message: 'assessorCode must be text or null' })
  @MaxLength(40)
  assessorCode?: string | null;

  @ApiProperty({ enum: MILESTONE_OUTCOMES })
  @IsIn(MILESTONE_OUTCOMES, { message: `outcome must be one of ${MILESTONE_OUTCOMES.join(', ')}` })
  outcome: string;
}

export class UpdateMilestoneDto extends IntersectionType(MilestoneDto, VersionDto) {}

export class MilestoneListQueryDto extends PageQueryDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(40)
  practitionerCode?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(20)
  laCode?: string;
}
