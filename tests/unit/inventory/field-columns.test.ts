import { describe, expect, it } from 'vitest';
import { fieldColumn } from '../../../db/queries/procedure-fields';
import { EditableField } from '../../../electron/shared/contract/inventory';

describe('every editable grid field maps to a stored column', () => {
  it.each(EditableField.options)('%s', (field) => {
    const { table, column } = fieldColumn(field);
    expect(['procedures', 'unit_procedures']).toContain(table);
    expect(column).toMatch(/^[a-z_]+$/);
  });
});
