import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { COST_ROLES, MAX_YEAR, MIN_YEAR, UNIT_COST_BASES } from '@attune/domain';
import { Type } from 'class-transformer';
import {
  IsIn,
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
import { IsCalendarDate } from '../../../platform/http/calendar';
import { PageQueryDto } from '../../../platform/paging/page-query.dto';
import { VersionDto } from '../../../platform/versioning/version.dto';

/** Pounds with at most two decimals, as a string: exact, never a float. */
export const POUNDS = /^\d{1,8}(\.\d{1,2})?$/;
export const POUNDS_MESSAGE = (field: string) =>
  `${field} must be pounds as text with at most two decimals, like "45.50"`;

export class UnitCostDto {
  @ApiProperty({ enum: COST_ROLES })
  @IsIn(COST_ROLES, { message: `costRole must be one of ${COST_ROLES.join(', ')}` })
  costRole: string;

  @ApiProperty({ example: '45.50', description: 'Pounds an hour, two decimals at most.' })
  @IsString({ message: POUNDS_MESSAGE('hourlyCost') })
  @Matches(POUNDS, { message: POUNDS_MESSAGE('hourlyCost') })
  hourlyCost: string;

  @ApiProperty({ example: 2021 })
  @Type(() => Number)
  @IsInt({ message: 'priceYear must be a year' })
  @Min(MIN_YEAR, { message: `priceYear must be from ${MIN_YEAR} to ${MAX_YEAR}` })
  @Max(MAX_YEAR, { message: `priceYear must be from ${MIN_YEAR} to ${MAX_YEAR}` })
  priceYear: number;

  @ApiProperty({ enum: UNIT_COST_BASES })
  @IsIn(UNIT_COST_BASES, { message: `basis must be one of ${UNIT_COST_BASES.join(', ')}` })
  basis: string;

  @ApiProperty({ example: 'PSSRU 2021, table 11.3' })
  @IsString({ message: 'source must be text' })
  @MinLength(1, { message: 'source must say where the figure comes from' })
  @MaxLength(300, { message: 'source must be at most 300 characters' })
  source: string;

  @ApiPropertyOptional({ nullable: true, type: String, description: 'Inclusive; null is open.' })
  @ValidateIf((_o, v) => v !== null)
  @IsCalendarDate()
  effectiveFrom: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, description: 'Inclusive; null is open.' })
  @ValidateIf((_o, v) => v !== null)
  @IsCalendarDate()
  effectiveTo: string | null;
}

export class UpdateUnitCostDto extends IntersectionType(UnitCostDto, VersionDto) {}

export class UnitCostListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: COST_ROLES })
  @IsOptional()
  @IsIn(COST_ROLES, { message: `costRole must be one of ${COST_ROLES.join(', ')}` })
  costRole?: string;
}
