/** The app shell: navigation, header, first run in English: the source every other language follows. */
export const appEn = {
  app: { title: 'Workshop Service', loading: 'Loading…' },
  nav: {
    analytics: 'Analytics',
    claims: 'Claims',
    loaners: 'Loaners',
    registry: 'Sales registry',
    warranty: 'Warranty',
    expiring: 'Expiring',
    dashboard: 'Dashboard',
    orders: 'Orders',
    intake: 'New intake',
    staff: 'Staff',
    settings: 'Settings',
  },
  navGroups: { label: 'Screens', counter: 'Counter', workshop: 'Workshop', management: 'Management' },
  header: {
    signedIn: 'Signed in: {{name}} ({{role}})',
    signOut: 'Sign out',
    language: 'Language',
    scan: 'Scan or type an order number, serial or IMEI',
  },
  firstRun: {
    firstManagerPin: 'Your PIN (4 to 12 digits)',
    demoNote: 'Demo staff sign in with PIN 1234.',
    title: 'Welcome to Workshop Service',
    intro: 'Your data folder is empty. Load demo data to look around, or add yourself as the first manager.',
    demo: 'Load demo data',
    firstManager: 'Your name (first manager)',
    create: 'Start with an empty workshop',
  },
};
