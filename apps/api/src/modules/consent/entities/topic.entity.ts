import { Column, Entity } from 'typeorm';
import { BaseEntity } from '../../../common/entities/base.entity';

/** A kind of email a contact can choose ("Product news"): opt-out unless `requiresOptIn`. */
@Entity('topic')
export class Topic extends BaseEntity {
  @Column()
  name: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ default: false })
  requiresOptIn: boolean;
}
