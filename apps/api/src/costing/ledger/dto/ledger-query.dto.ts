import { ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { PageQueryDto } from '../../../platform/paging/page-query.dto';

const list = (example: string) =>
  ApiPropertyOptional({ description: 'One value or several, comma-separated.', example });

/**
 * The ledger's filter as text; the domain's parseLedgerFilter checks the
 * values (one rule for the API and the summary's ledger queries).
 */
export class LedgerFilterDto {
  @list('LA1,programme')
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  laCode?: string;

  @list('travel')
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  activity?: string;

  @list('family_session,supervision_session,training_event,time_entry')
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  source?: string;

  @list('P-LA1-01')
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  staffCode?: string;

  @list('LA1-0001')
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  familyReference?: string;

  @list('setup')
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  costType?: string;

  @ApiPropertyOptional({ description: 'First date, inclusive (YYYY-MM-DD).' })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  from?: string;

  @ApiPropertyOptional({ description: 'Last date, inclusive (YYYY-MM-DD).' })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  to?: string;

  @list('2021-09,2021-10')
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  month?: string;

  /** The cost summary's notStarted: lines of families that never started, for these reasons. */
  @list('never_started,moved_away')
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  notStarted?: string;

  /** With notStarted: the family's LA (which may differ from the line's). */
  @list('LA1')
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  familyLaCode?: string;
}

export class LedgerQueryDto extends IntersectionType(LedgerFilterDto, PageQueryDto) {}
