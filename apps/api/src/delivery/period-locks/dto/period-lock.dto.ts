import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import { IsCalendarMonth } from '../../../platform/http/calendar';

export class SignOffDto {
  @ApiProperty({ example: 'LA1' })
  @IsString({ message: 'laCode must be text' })
  @MaxLength(40)
  laCode: string;

  @ApiProperty({ example: '2021-10', description: 'The month signed off, YYYY-MM.' })
  @IsCalendarMonth()
  month: string;
}
