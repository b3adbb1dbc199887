import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Min } from 'class-validator';

/** A positive decimal as text, exact: up to 12 digits before the point and 12 after. */
export const INDEX = /^(?=.*[1-9])\d{1,12}(\.\d{1,12})?$/;

export class PriceIndexDto {
  @ApiProperty({ example: '100.0', description: 'An exact decimal, more than 0.' })
  @IsString({ message: 'index must be a decimal number as text, like "102.5"' })
  @Matches(INDEX, { message: 'index must be a number more than 0 as text, like "102.5"' })
  index: string;

  @ApiPropertyOptional({ description: 'The version you read, when replacing a year that exists.' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'version must be the whole number you read with the year' })
  @Min(1)
  version?: number;
}
