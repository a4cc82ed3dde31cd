import { Column, Entity } from 'typeorm';
import { BaseEntity } from '../../../common/entities/base.entity';
import type { FieldOption, FieldType, ObjectType } from '../custom-field-rules';

/** A custom field of contacts, companies or deals; records hold its values under `key` in `custom_fields`. */
@Entity('field_definition')
export class FieldDefinition extends BaseEntity {
  @Column({ type: 'varchar' })
  objectType: ObjectType;

  @Column({ type: 'varchar' })
  key: string;

  @Column({ type: 'varchar' })
  label: string;

  @Column({ type: 'varchar' })
  type: FieldType;

  @Column({ type: 'jsonb', default: [] })
  options: FieldOption[];

  @Column({ default: false })
  required: boolean;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'integer', default: 0 })
  position: number;
}
