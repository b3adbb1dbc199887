import { Module } from '@nestjs/common';
import { AuthModule } from '../../identity/auth/auth.module';
import { ProgrammeContextRepository } from './programme-context.repository';
import { ProgrammeContextService } from './programme-context.service';
import { ProgrammeLookupsRepository } from './programme-lookups.repository';

/** What the programme's modules share: the programme the caller may see, and lookups by code within it. */
@Module({
  imports: [AuthModule],
  providers: [ProgrammeContextService, ProgrammeContextRepository, ProgrammeLookupsRepository],
  exports: [ProgrammeContextService, ProgrammeLookupsRepository],
})
export class ProgrammeContextModule {}
