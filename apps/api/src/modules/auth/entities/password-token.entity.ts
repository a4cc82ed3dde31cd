import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type PasswordTokenPurpose = 'reset' | 'invite';

/** A one-time link to set a password: a reset (valid 1 hour) or an invite (valid 7 days). */
@Entity('password_token')
export class PasswordToken {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  userId: string;

  @Column({ type: 'varchar' })
  purpose: PasswordTokenPurpose;

  /** sha256 of the link's secret: a database leak does not leak usable links. */
  @Column({ type: 'char', length: 64 })
  tokenHash: string;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
