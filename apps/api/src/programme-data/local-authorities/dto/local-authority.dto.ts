import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { VersionDto } from '../../../platform/versioning/version.dto';

export class CreateLocalAuthorityDto {
  @ApiProperty({ example: 'LA3' })
  @Matches(/^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$/, {
    message: 'code must be letters, digits, - or _, at most 40 characters',
  })
  code: string;

  @ApiProperty({ example: 'Council three' })
  @IsString({ message: 'name must be text' })
  @MinLength(1, { message: 'name is required' })
  @MaxLength(200)
  name: string;
}

export class UpdateLocalAuthorityDto extends VersionDto {
  @ApiProperty({ example: 'Council three' })
  @IsString({ message: 'name must be text' })
  @MinLength(1, { message: 'name is required' })
  @MaxLength(200)
  name: string;
}
