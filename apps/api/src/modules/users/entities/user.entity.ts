import { Column, Entity } from 'typeorm';
import { BaseEntity } from '../../../common/entities/base.entity';

export const USER_ROLES = ['admin', 'manager', 'member'] as const;
export type UserRole = (typeof USER_ROLES)[number];

@Entity('app_user')
export class User extends BaseEntity {
  @Column()
  email: string;

  @Column()
  name: string;

  @Column({ type: 'varchar' })
  role: UserRole;

  /** Null while an invited user has not set a password yet: nobody can log in as them. */
  @Column({ type: 'varchar', select: false, nullable: true })
  passwordHash: string | null;

  /** When the invite email went out; null once they set a password (or for users created with one). */
  @Column({ type: 'timestamptz', nullable: true })
  invitedAt: Date | null;

  @Column({ default: true })
  isActive: boolean;

  @Column({ type: 'timestamptz', nullable: true })
  lastLoginAt: Date | null;
}
