import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, ValidateBy } from 'class-validator';
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

export class ReviewQueryDto {
  @ApiProperty({ example: 'LA1' })
  @IsString({ message: 'laCode must be text' })
  @MaxLength(40)
  laCode: string;

  @ApiProperty({ example: '2021-10', description: 'The month reviewed, YYYY-MM.' })
  @IsCalendarMonth()
  month: string;
}

/** A reason is text with something in it, at most 500 characters: one problem, the first found. */
function IsReopenReason(): PropertyDecorator {
  const problem = (value: unknown): string | null => {
    if (value === undefined || value === null || (typeof value === 'string' && !/\S/.test(value)))
      return 'reason is required: say why the month is reopened';
    if (typeof value !== 'string') return 'reason must be text';
    if (value.length > 500) return 'reason must be at most 500 characters';
    return null;
  };
  return ValidateBy({
    name: 'isReopenReason',
    validator: {
      validate: (value) => problem(value) === null,
      defaultMessage: (args) => problem(args?.value) ?? 'reason is not valid',
    },
  });
}

export class ReopenQueryDto {
  @ApiProperty({
    example: 'A session of 14 October was logged against the wrong family.',
    description: 'Why the month is reopened (kept in the audit log), at most 500 characters.',
  })
  @IsReopenReason()
  reason: string;
}
