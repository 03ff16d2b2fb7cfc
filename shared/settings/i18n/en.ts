/** Settings in English: the source every other language follows. */
export const settingsEn = {
  settings: {
    title: 'Settings',
    uiLanguage: 'Interface language',
    workshop: 'Workshop profile (printed on every document)',
    name: 'Name',
    legalName: '$t(common.legalName)',
    taxId: '$t(common.taxId)',
    address: 'Address',
    phone: 'Phone',
    email: '$t(common.email)',
    signatory: 'Signatory',
    currency: 'Currency',
    phoneCountry: "Country of phone numbers (ISO code; empty: the rule profile's)",
    documentLanguage: 'Default document language',
    paperSize: 'Paper size',
    terms: 'Terms printed on the intake act ({{language}})',
    save: 'Save settings',
    saved: 'Settings saved.',
    dataDir: 'Data folder: {{dir}}',
  },
};
