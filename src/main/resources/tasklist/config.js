// Tasklist's configuration, served by Trappen (dk.trappen.platform.internal.TasklistCustomisation)
// in place of the example file in Camunda's webjar: the supported place to configure Tasklist.
// __MUNICIPALITY__ is replaced with trappen.municipality (as a JavaScript string) on every request.
export default {
  // The header and the window's title read "<municipality> Opgaver".
  app: {
    name: 'Opgaver',
    vendor: __MUNICIPALITY__
  },
  // Our own Danish locale (locales/da.json). Tasklist takes the browser's first language when it is
  // one of these and Danish otherwise, so an English browser gets English and every other one Danish.
  locales: {
    availableLocales: ['da', 'en'],
    fallbackLocale: 'da'
  },
  dateFormat: {
    normal: 'LLL',
    long: 'LLLL'
  },
  // Lists sorted by due date, earliest first, until the user picks another sorting; the forms'
  // own messages, select and date picker in Danish (form-js has no translations of its own).
  customScripts: ['scripts/trappen/sort-by-due-date', 'scripts/trappen/danish-forms'],
  // The first-login notice points to Camunda's welcome page, which this application does not serve.
  disableWelcomeMessage: true,
  shortcuts: {
    claimTask: { key: 'ctrl+alt+c', description: 'tager den valgte opgave' },
    focusFilter: { key: 'ctrl+shift+f', description: 'går til det første filter i listen' },
    focusList: { key: 'ctrl+alt+l', description: 'går til den første opgave i listen' },
    focusForm: { key: 'ctrl+alt+f', description: 'går til det første felt i opgavens formular' },
    startProcess: { key: 'ctrl+alt+p', description: 'åbner dialogen "Start forløb"' }
  }
};
