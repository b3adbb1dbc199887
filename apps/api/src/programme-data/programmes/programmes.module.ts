import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ProgrammeContextModule } from '../../platform/programme-context/programme-context.module';
import { ProgrammeEntity } from './entities/programme.entity';
import { ProgrammesController } from './programmes.controller';
import { ProgrammesRepository } from './programmes.repository';
import { ProgrammesService } from './programmes.service';

/** The programmes: the list the caller may see, an admin's settings and delete. */
@Module({
  imports: [ProgrammeContextModule, TypeOrmModule.forFeature([ProgrammeEntity])],
  controllers: [ProgrammesController],
  providers: [ProgrammesService, ProgrammesRepository],
  exports: [ProgrammesService],
})
export class ProgrammesModule {}
