import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches, MaxLength } from 'class-validator';
import { ISO_MONTH } from '../../../platform/paging/list-query.dto';

export class SignOffDto {
  @ApiProperty({ example: 'LA1' })
  @IsString({ message: 'laCode must be text' })
  @MaxLength(40)
  laCode: string;

  @ApiProperty({ example: '2021-10', description: 'The month signed off, YYYY-MM.' })
  @Matches(ISO_MONTH, { message: 'month must be a month, YYYY-MM' })
  month: string;
}
