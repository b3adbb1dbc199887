import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
} from 'class-validator';
import { VersionDto } from '../../../platform/versioning/version.dto';
import { IsCalendarDate } from '../../../platform/http/calendar';

const RATE = /^0(\.\d{1,6})?$/;
const FACTOR = /^\d{1,2}(\.\d{1,4})?$/;

/** PATCH /api/programmes/:id: any settings, with the version read. */
export class UpdateProgrammeDto extends VersionDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @MinLength(1) @MaxLength(200) name?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MinLength(1) @MaxLength(200) funder?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MinLength(1) @MaxLength(200) provider?: string;
  @ApiPropertyOptional() @IsOptional() @IsCalendarDate() startDate?: string;
  @ApiPropertyOptional() @IsOptional() @IsCalendarDate() intakeStart?: string;
  @ApiPropertyOptional() @IsOptional() @IsCalendarDate() intakeEnd?: string;
  @ApiPropertyOptional() @IsOptional() @IsCalendarDate() deliveryEnd?: string;

  @ApiPropertyOptional({ nullable: true, type: String })
  @ValidateIf((_o, v) => v !== undefined && v !== null)
  @IsCalendarDate()
  reportDue?: string | null;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1000)
  minFamiliesPerPractitioner?: number;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(0) @Max(1000) minSessionsPerFamily?: number;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(1) @Max(50) cyclesPerFamily?: number;

  @ApiPropertyOptional({ nullable: true, type: Number })
  @ValidateIf((_o, v) => v !== undefined && v !== null)
  @IsInt()
  @Min(0)
  @Max(10000)
  targetPractitionerCount?: number | null;

  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(1900) @Max(9999) priceYear?: number;

  @ApiPropertyOptional({ example: '0.035' })
  @IsOptional()
  @Matches(RATE, { message: 'discountRate must be a fraction below 1 such as 0.035' })
  discountRate?: string;

  @ApiPropertyOptional({ example: '0.8' })
  @IsOptional()
  @Matches(FACTOR, { message: 'sensitivityLow must be a decimal such as 0.8' })
  sensitivityLow?: string;

  @ApiPropertyOptional({ example: '1.2' })
  @IsOptional()
  @Matches(FACTOR, { message: 'sensitivityHigh must be a decimal such as 1.2' })
  sensitivityHigh?: string;

  @ApiPropertyOptional({ example: 'aviguk_18_cycle' })
  @IsOptional()
  @Matches(/^[a-z][a-z0-9_]{0,59}$/, { message: 'ruleSet must be a rule set code' })
  ruleSet?: string;
}
