/** The defect code catalogue in English: the source every other language follows. */
export const defectsEn = {
  defects: {
    title: 'Defect codes',
    catalogue: 'Defect code catalogue',
    intro: 'Technicians record these codes on every diagnosis; the analytics count failures by them. Rename a code, deactivate it (it stays on past orders), or add your own. Managers only.',
    add: 'Add a defect',
    remove: 'Remove',
    code: 'Code',
    kind: 'Kind',
    category: 'Cause category',
    nameIn: 'Name ({{language}})',
    save: 'Save code',
    deactivate: 'Deactivate',
    activate: 'Activate',
    edit: 'Edit',
    kinds: { symptom: 'Symptom', cause: 'Cause', action: 'Action', component: 'Component' },
    categories: {
      manufacturing_defect: 'Manufacturing defect',
      operation_violation: 'Operation violation',
      external_damage: 'External damage',
      wear: 'Wear',
      no_fault_found: 'No fault found',
    },
  },
};
