/** Staff and roles in English: the source every other language follows. */
export const staffEn = {
  staff: {
    title: 'Staff',
    name: 'Name',
    role: 'Role',
    active: 'Active',
    add: 'Add staff member',
    deactivate: 'Deactivate',
    activate: 'Activate',
    pin: 'PIN (4 to 12 digits)',
    currentPin: 'Your current PIN',
    hasPin: 'PIN set',
    setPin: 'Set PIN',
    newPin: 'New PIN for {{name}}',
    pinSaved: 'PIN saved for {{name}}.',
  },
  role: { clerk: 'Clerk', technician: 'Technician', manager: 'Manager' },
  permissions: { only: 'Only for: {{roles}}.' },
};
