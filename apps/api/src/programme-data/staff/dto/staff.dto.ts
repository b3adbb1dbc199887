import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { COST_ROLES, STAFF_CODE_PATTERN } from '@attune/domain';
import {
  IsIn,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  MinLength,
  ValidateIf,
} from 'class-validator';
import { VersionDto } from '../../../platform/versioning/version.dto';

const STAFF_CODE = STAFF_CODE_PATTERN;
const STAFF_CODE_MESSAGE = 'must be letters, digits, - or _, at most 40 characters';

export class CreateStaffDto {
  @ApiProperty({ example: 'P-LA1-22' })
  @Matches(STAFF_CODE, { message: `code ${STAFF_CODE_MESSAGE}` })
  code: string;

  @ApiProperty({ example: 'Alex Example' })
  @IsString({ message: 'displayName must be text' })
  @MinLength(1, { message: 'displayName is required' })
  @MaxLength(200, { message: 'displayName must be at most 200 characters' })
  displayName: string;

  @ApiProperty({ enum: COST_ROLES })
  @IsIn(COST_ROLES, { message: `costRole must be one of ${COST_ROLES.join(', ')}` })
  costRole: string;

  @ApiProperty({ nullable: true, type: String, description: 'null for provider staff.' })
  @ValidateIf((_o, v) => v !== null)
  @Matches(STAFF_CODE, { message: `laCode ${STAFF_CODE_MESSAGE}` })
  laCode: string | null;
}

export class UpdateStaffDto extends VersionDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString({ message: 'displayName must be text' })
  @MinLength(1, { message: 'displayName is required' })
  @MaxLength(200, { message: 'displayName must be at most 200 characters' })
  displayName?: string;

  @ApiPropertyOptional({ enum: COST_ROLES })
  @IsOptional()
  @IsIn(COST_ROLES, { message: `costRole must be one of ${COST_ROLES.join(', ')}` })
  costRole?: string;

  @ApiPropertyOptional({ nullable: true, type: String, description: 'null for provider staff.' })
  @ValidateIf((_o, v) => v !== null && v !== undefined)
  @Matches(STAFF_CODE, { message: `laCode ${STAFF_CODE_MESSAGE}` })
  laCode?: string | null;
}
