import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import type { CurrentUser } from '@attune/contract';
import type { Role } from '@attune/domain';

export class LoginDto {
  @ApiProperty({ example: 'admin@attune.test' })
  @IsString({ message: 'email must be text' })
  @IsNotEmpty({ message: 'email is required' })
  @MaxLength(320)
  email: string;

  @ApiProperty({ format: 'password' })
  @IsString({ message: 'password must be text' })
  @IsNotEmpty({ message: 'password is required' })
  // Generous, but bounded: hashing a megabyte per attempt would be a cheap attack.
  @MaxLength(1024)
  password: string;
}

/** What sign-in and /api/auth/me answer. */
export class MeDto implements CurrentUser {
  @ApiProperty() email: string;
  @ApiProperty({ enum: ['admin', 'supervisor', 'la_manager', 'practitioner', 'economist'] })
  role: Role;
  @ApiProperty({ nullable: true, type: String }) laCode: string | null;
  @ApiProperty({ nullable: true, type: String }) staffCode: string | null;
}
