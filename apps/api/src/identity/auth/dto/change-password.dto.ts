import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class ChangePasswordDto {
  @ApiProperty({ format: 'password' })
  @IsString({ message: 'currentPassword must be text' })
  @IsNotEmpty({ message: 'currentPassword is required' })
  @MaxLength(1024)
  currentPassword: string;

  @ApiProperty({
    format: 'password',
    description: 'At least 12 characters; not a common password.',
  })
  @IsString({ message: 'newPassword must be text' })
  @IsNotEmpty({ message: 'newPassword is required' })
  @MaxLength(1024)
  newPassword: string;
}
