import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageQueryDto } from '../../../platform/paging/page-query.dto';
import { IsCalendarDate } from '../../../platform/http/calendar';

export class ProgressQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Only practitioners of this LA.' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  laCode?: string;

  @ApiPropertyOptional({ description: 'Only the practitioners this supervisor supervises.' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  supervisorCode?: string;

  @ApiPropertyOptional({
    enum: ['code', 'risk'],
    default: 'code',
    description: 'risk: most at risk first.',
  })
  @IsOptional()
  @IsIn(['code', 'risk'], { message: 'order must be code or risk' })
  order?: 'code' | 'risk';

  @ApiPropertyOptional({
    description: 'Progress as of this date (default: today); later records are ignored.',
  })
  @IsOptional()
  @IsCalendarDate()
  asOf?: string;
}
