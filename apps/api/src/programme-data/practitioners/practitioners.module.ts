import { Module } from '@nestjs/common';
import { ProgrammeContextModule } from '../../platform/programme-context/programme-context.module';
import { PractitionersController } from './practitioners.controller';
import { PractitionersRepository } from './practitioners.repository';
import { PractitionersService } from './practitioners.service';

/** A programme's practitioners: listed by role, added, edited and paused or withdrawn by admins. */
@Module({
  imports: [ProgrammeContextModule],
  controllers: [PractitionersController],
  providers: [PractitionersService, PractitionersRepository],
})
export class PractitionersModule {}
