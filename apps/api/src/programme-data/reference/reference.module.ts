import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { REFERENCE_ENTITIES, ReferenceRepository } from './reference.repository';

/**
 * A programme's reference data: LAs, staff and practitioners (the prices
 * have their own modules). Entities and their repository only, for now;
 * their routes come with the modules that edit them.
 */
@Module({
  imports: [TypeOrmModule.forFeature([...REFERENCE_ENTITIES])],
  providers: [ReferenceRepository],
  exports: [ReferenceRepository],
})
export class ReferenceModule {}
