import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FieldDefinition } from '../../../lib/custom-fields/field-types';
import { fieldsKeys } from '../../../lib/custom-fields/use-field-definitions';
import { invalidateFieldUsers } from '../../../lib/custom-fields/invalidate-field-users';
import { updateField } from './update-field';

/** The list with the field at `from` moved to `to`, each field's position its place in it. */
export function reorder(fields: FieldDefinition[], from: number, to: number): FieldDefinition[] {
  const next = [...fields];
  const [moved] = next.splice(from, 1);
  next.splice(to, 0, moved!);
  return next.map((field, position) => ({ ...field, position }));
}

/**
 * Moves a field within its object type's list. The API keeps each position as given, so every
 * field whose place changed gets its new one (two for a move by one; a list whose positions
 * had gaps is renumbered once). The list shows the new order at once and is refetched after.
 */
export function useMoveField() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ fields, from, to }: { fields: FieldDefinition[]; from: number; to: number }) => {
      const next = reorder(fields, from, to);
      const before = new Map(fields.map((f) => [f.id, f.position]));
      queryClient.setQueryData(fieldsKeys.list(fields[from]!.objectType), next);
      for (const field of next) {
        if (before.get(field.id) !== field.position) await updateField({ id: field.id, changes: { position: field.position } });
      }
    },
    onSettled: () => invalidateFieldUsers(queryClient),
  });
}
