import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsBoolean,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  MaxLength,
  ValidateIf,
} from 'class-validator';
import { ROLES } from '@attune/domain';

const ROLE_LIST = ROLES.join(', ');

export class CreateUserDto {
  @ApiProperty({ example: 'sam.jones@la1.gov.uk' })
  @IsString({ message: 'email must be text' })
  @IsNotEmpty({ message: 'email is required' })
  @MaxLength(320)
  email: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES, { message: `role must be one of ${ROLE_LIST}` })
  role: string;

  @ApiPropertyOptional({
    nullable: true,
    type: String,
    description: 'Required for la_manager and practitioner.',
  })
  @IsOptional()
  @IsString({ message: 'laCode must be text' })
  @MaxLength(20)
  laCode?: string | null;

  @ApiPropertyOptional({
    nullable: true,
    type: String,
    description: 'Required for practitioner and supervisor.',
  })
  @IsOptional()
  @IsString({ message: 'staffCode must be text' })
  @MaxLength(40)
  staffCode?: string | null;

  @ApiProperty({
    format: 'password',
    description: 'At least 12 characters; not a common password.',
  })
  @IsString({ message: 'password must be text' })
  @MaxLength(1024)
  password: string;
}

/** Only the fields given change; null clears a binding. */
export class UpdateUserDto {
  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES, { message: `role must be one of ${ROLE_LIST}` })
  role?: string;

  @ApiPropertyOptional({ nullable: true, type: String })
  @ValidateIf((_o, v) => v !== undefined && v !== null)
  @IsString({ message: 'laCode must be text or null' })
  @MaxLength(20)
  laCode?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String })
  @ValidateIf((_o, v) => v !== undefined && v !== null)
  @IsString({ message: 'staffCode must be text or null' })
  @MaxLength(40)
  staffCode?: string | null;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean({ message: 'disabled must be true or false' })
  disabled?: boolean;
}

export class ResetPasswordDto {
  @ApiProperty({ format: 'password' })
  @IsString({ message: 'password must be text' })
  @MaxLength(1024)
  password: string;
}
