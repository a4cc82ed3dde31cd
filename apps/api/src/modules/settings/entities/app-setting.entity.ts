import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

@Entity('app_setting')
export class AppSetting {
  @PrimaryColumn()
  key: string;

  @Column({ type: 'jsonb' })
  value: object;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
