import { Column, Entity } from 'typeorm';
import { BaseEntity } from '../../../common/entities/base.entity';

@Entity('email_template')
export class EmailTemplate extends BaseEntity {
  @Column()
  name: string;

  @Column()
  subject: string;

  @Column({ type: 'text' })
  htmlBody: string;

  /** Null: the plain-text part is generated from the HTML at send time. */
  @Column({ type: 'text', nullable: true })
  textBody: string | null;

  /** Null: the default sender of the email settings. */
  @Column({ type: 'varchar', nullable: true })
  fromEmail: string | null;

  @Column({ type: 'varchar', nullable: true })
  fromName: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;
}
