import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ApiScope } from '../../../common/decorators/scope-area.decorator';
import type { UserRole } from '../../users/entities/user.entity';

/** An API key (migration 1764001700000); the key itself is never stored, only its keyed hash. */
@Entity('api_key')
export class ApiKey {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column()
  name: string;

  /** The public part of the key (`crl_<prefix>_…`), unique: it finds the row. */
  @Column()
  prefix: string;

  /** HMAC-SHA256 of the whole key (see api-key-format.ts). */
  @Column({ type: 'bytea', select: false })
  hash: Buffer;

  @Column({ type: 'varchar' })
  role: UserRole;

  @Column({ type: 'text', array: true })
  scopes: ApiScope[];

  /** The user the key acts as (the bound member, or the creating admin); null once that user is deleted. */
  @Column({ type: 'uuid', nullable: true })
  userId: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  expiresAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
