import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { BEARERS, COST_TYPES, MAX_YEAR, MIN_YEAR, RESOURCE_CATEGORIES } from '@attune/domain';
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
import { POUNDS, POUNDS_MESSAGE } from '../../unit-costs/dto/unit-cost.dto';

/** Up to three decimals (miles, days), exact, as text. */
const QUANTITY = /^\d{1,9}(\.\d{1,3})?$/;

export class ResourceDto {
  @ApiProperty({ example: 'Video camera' })
  @IsString({ message: 'description must be text' })
  @MinLength(1, { message: 'description must say what the resource is' })
  @MaxLength(300, { message: 'description must be at most 300 characters' })
  description: string;

  @ApiProperty({ enum: RESOURCE_CATEGORIES })
  @IsIn(RESOURCE_CATEGORIES, {
    message: `category must be one of ${RESOURCE_CATEGORIES.join(', ')}`,
  })
  category: string;

  @ApiPropertyOptional({ nullable: true, type: String, description: 'null is programme-wide.' })
  @ValidateIf((_o, v) => v !== null)
  @IsString({ message: 'laCode must be an LA code or null (programme-wide)' })
  @MaxLength(20)
  laCode: string | null;

  @ApiProperty({ enum: COST_TYPES })
  @IsIn(COST_TYPES, { message: `costType must be one of ${COST_TYPES.join(', ')}` })
  costType: string;

  @ApiProperty({ example: '2', description: 'A decimal as text, up to three places.' })
  @IsString({ message: 'quantity must be a number as text, like "12.5"' })
  @Matches(QUANTITY, { message: 'quantity must be a number as text with at most three decimals' })
  quantity: string;

  @ApiProperty({ example: '450.00', description: 'Pounds, two decimals at most.' })
  @IsString({ message: POUNDS_MESSAGE('unitCost') })
  @Matches(POUNDS, { message: POUNDS_MESSAGE('unitCost') })
  unitCost: string;

  @ApiProperty({ example: 2021 })
  @Type(() => Number)
  @IsInt({ message: 'priceYear must be a year' })
  @Min(MIN_YEAR, { message: `priceYear must be from ${MIN_YEAR} to ${MAX_YEAR}` })
  @Max(MAX_YEAR, { message: `priceYear must be from ${MIN_YEAR} to ${MAX_YEAR}` })
  priceYear: number;

  @ApiProperty({ example: 5, description: '1 unless durable.' })
  @Type(() => Number)
  @IsInt({ message: 'usefulLifeYears must be a whole number of years' })
  @Min(1, { message: 'usefulLifeYears must be from 1 to 100' })
  @Max(100, { message: 'usefulLifeYears must be from 1 to 100' })
  usefulLifeYears: number;

  @ApiProperty({ enum: BEARERS })
  @IsIn(BEARERS, { message: `bearer must be one of ${BEARERS.join(', ')}` })
  bearer: string;

  @ApiProperty({ example: '2021-05-10' })
  @IsCalendarDate()
  date: string;
}

export class UpdateResourceDto extends IntersectionType(ResourceDto, VersionDto) {}

export class ResourceListQueryDto extends PageQueryDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(20)
  laCode?: string;
}
