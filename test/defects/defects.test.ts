import { describe, expect, it } from 'vitest';
import { CAUSE_CATEGORIES } from '../../shared/defects/defects.js';
import { intakeInput, openBackend, staffedWorkshop } from '../platform/helpers.js';

describe('the defect code catalogue', () => {
  it('starts with defaults of every kind, and a cause of every category', async () => {
    const { technician } = await staffedWorkshop(await openBackend());
    const codes = await technician.ok('defects.list', {});
    for (const kind of ['symptom', 'cause', 'action', 'component'] as const) expect(codes.filter((c) => c.kind === kind).length).toBeGreaterThan(5);
    const categories = new Set(codes.filter((c) => c.kind === 'cause').map((c) => c.category));
    expect([...categories].sort()).toEqual([...CAUSE_CATEGORIES].sort());
    expect(codes.find((c) => c.code === 'C10')).toMatchObject({ category: 'operation_violation', names: { ru: 'Попадание жидкости' } });
  });

  it('lets a manager rename and deactivate a default and add a code; refuses a cause without its category', async () => {
    const t = await openBackend();
    const { manager, technician } = await staffedWorkshop(t);
    const names = { en: 'Cracked glass', ru: 'Трещина стекла', he: 'זכוכית סדוקה' };
    expect(await technician.call('defects.save', { code: 'S20', kind: 'symptom', names })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await manager.call('defects.save', { code: 'C50', kind: 'cause', names })).toMatchObject({
      ok: false,
      error: { fields: { category: 'required' } },
    });
    expect(await manager.call('defects.save', { code: 'S01', kind: 'cause', category: 'wear', names })).toMatchObject({
      ok: false,
      error: { fields: { code: 'duplicate' } },
    });
    await manager.ok('defects.save', { code: 's20', kind: 'symptom', names });
    await manager.ok('defects.save', { code: 'S11', kind: 'symptom', names: { en: 'Software', ru: 'ПО', he: 'תוכנה' }, active: false });
    const codes = await manager.ok('defects.list', {});
    expect(codes.find((c) => c.code === 'S20')).toMatchObject({ names, active: true });
    expect(codes.find((c) => c.code === 'S11')).toMatchObject({ active: false, names: { ru: 'ПО' } });
    expect(codes.filter((c) => c.code === 'S11')).toHaveLength(1);
  });
});

describe('defect codes on a diagnosis', () => {
  it('are recorded with the notes, kept when only the notes change, and refused by field when unknown', async () => {
    const t = await openBackend();
    const { manager, technician, clerk } = await staffedWorkshop(t);
    const { order } = await clerk.ok('orders.create', intakeInput());
    const defects = [{ symptom: 'S02', cause: 'C01', action: 'A01', component: 'K03' }];
    const diagnosed = await technician.ok('orders.diagnose', { id: order.id, notes: 'Display matrix failed', defects });
    expect(diagnosed.order.diagnosis).toMatchObject({ notes: 'Display matrix failed', defects });
    const notesOnly = await technician.ok('orders.diagnose', { id: order.id, notes: 'Display matrix failed; ordered' });
    expect(notesOnly.order.diagnosis?.defects).toEqual(defects);

    const wrong = await technician.call('orders.diagnose', { id: order.id, notes: 'x', defects: [{ symptom: 'S02' }, { cause: 'K03', component: 'ZZ9' }] });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'validation', fields: { 'defects.1.cause': 'unknown_code', 'defects.1.component': 'unknown_code' } } });
    expect(await technician.call('orders.diagnose', { id: order.id, notes: 'x', defects: [{}] })).toMatchObject({ ok: false, error: { fields: { 'defects.0': 'required' } } });
    await manager.ok('defects.save', { code: 'C01', kind: 'cause', category: 'manufacturing_defect', names: { en: 'a', ru: 'б', he: 'ג' }, active: false });
    expect(await technician.call('orders.diagnose', { id: order.id, notes: 'x', defects })).toMatchObject({ ok: false, error: { fields: { 'defects.0.cause': 'unknown_code' } } });
    expect((await manager.ok('orders.get', { id: order.id })).order.diagnosis).toMatchObject({ notes: 'Display matrix failed; ordered', defects });
  });
});
