// Loaded by Tasklist as a custom script (config.js, customScripts). Tasklist 7.24 renders Camunda
// Forms with a form-js that has no translations: its validation messages, the select's placeholder
// and the date picker (flatpickr, weeks from Sunday) are English. This script makes them Danish:
// the date picker through flatpickr's own localisation, the texts as form-js writes them. It also
// keeps what a caseworker typed: a form's links open in a new tab, and Esc never closes a start form.

const MONTHS = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober',
  'november', 'december'];
const DANISH_DATES = {
  weekdays: {
    shorthand: ['søn', 'man', 'tir', 'ons', 'tors', 'fre', 'lør'],
    longhand: ['søndag', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag']
  },
  months: {
    shorthand: ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
    longhand: MONTHS
  },
  firstDayOfWeek: 1,
  ordinal: () => '.',
  rangeSeparator: ' til ',
  weekAbbreviation: 'uge',
  scrollTitle: 'Rul for at ændre',
  toggleTitle: 'Klik for at skifte',
  time_24hr: true
};

// form-js's messages (they are fixed strings in its validator), each with its Danish wording.
const MESSAGES = [
  [/^Field is required\.$/, () => 'Feltet skal udfyldes.'],
  [/^Field must have minimum length of (\d+)\.$/, n => `Skriv mindst ${n} tegn.`],
  [/^Field must have maximum length of (\d+)\.$/, n => `Skriv højst ${n} tegn.`],
  [/^Field must have minimum value of (-?[\d.]+)\.$/, n => `Tallet skal være mindst ${n}.`],
  [/^Field must have maximum value of (-?[\d.]+)\.$/, n => `Tallet må højst være ${n}.`],
  [/^Field must be a valid email\.$/, () => 'Skriv en gyldig e-mailadresse.'],
  [/^Field must be a valid {1,2}international phone number\..*$/, () => 'Skriv et gyldigt telefonnummer med landekode, fx +4512345678.'],
  // A pattern is no help to a caseworker: the CPR number's is named, any other asks for the right form.
  [/^Field must match pattern \^\\d\{6\}-\?\\d\{4\}\$\.$/, () => 'Skriv CPR-nummeret som 10 cifre, fx 120320-1234.'],
  [/^Field must match pattern .*$/, () => 'Feltet har ikke den rigtige form.']
];

function danish(text) {
  const trimmed = text.trim();
  for (const [english, words] of MESSAGES) {
    const match = trimmed.match(english);
    if (match) return words(match[1]);
  }
  return null;
}

/** A picker made before flatpickr was localised (the first form's) gets the Danish calendar too. */
function localisePickers(root) {
  root.querySelectorAll?.('input.flatpickr-input').forEach(input => {
    const picker = input._flatpickr;
    if (picker && !picker.trappenDanish && picker.l10n?.firstDayOfWeek !== 1) {
      picker.trappenDanish = true;
      picker.set('locale', DANISH_DATES);
    }
  });
}

/**
 * A form's links to Trappen's pages (the case, the concern, the meeting) open in a new tab, so the form
 * stays as filled; the page's "Tilbage til opgaven" closes that tab again (page.js).
 */
function linksInNewTab(root) {
  const links = root.matches?.('a[href^="/app/"]') ? [root] : [...(root.querySelectorAll?.('a[href^="/app/"]') ?? [])];
  links.filter(a => a.closest('.fjs-form') && a.target !== '_blank').forEach(a => { a.target = '_blank'; });
}

function translate(root) {
  localisePickers(root);
  linksInNewTab(root);
  root.querySelectorAll?.('.fjs-form-field-error, .fjs-form-field-error li, .fjs-form-field-error span').forEach(element => {
    for (const node of element.childNodes) {
      if (node.nodeType === Node.TEXT_NODE && node.data.trim()) {
        const words = danish(node.data);
        if (words) node.data = words;
      }
    }
  });
  // Text is changed in its own node, never replaced: form-js (preact) keeps writing to that node.
  root.querySelectorAll?.('.fjs-select-display, .fjs-select-placeholder').forEach(element => {
    for (const node of element.childNodes) {
      if (node.nodeType === Node.TEXT_NODE && node.data.trim() === 'Select') node.data = node.data.replace('Select', 'Vælg');
    }
  });
  root.querySelectorAll?.('input[placeholder="Select"]').forEach(input => input.setAttribute('placeholder', 'Vælg'));
  root.querySelectorAll?.('input[placeholder="Search"]').forEach(input => input.setAttribute('placeholder', 'Søg'));
}

new MutationObserver(mutations => {
  for (const mutation of mutations) {
    if (mutation.type === 'characterData') {
      const parent = mutation.target.parentElement;
      if (parent) translate(parent.closest('.fjs-form-field') || parent);
    }
    mutation.addedNodes.forEach(node => {
      if (node.nodeType === Node.ELEMENT_NODE) translate(node.closest?.('.fjs-form-field') || node);
      else if (node.parentElement) translate(node.parentElement);
    });
  }
}).observe(document.documentElement, { childList: true, subtree: true, characterData: true });

// flatpickr arrives with the first form; once it is there, every picker made after is Danish.
const localise = setInterval(() => {
  if (window.flatpickr?.localize) {
    window.flatpickr.localize(DANISH_DATES);
    window.flatpickr.l10ns.da = window.flatpickr.l10ns.default;
    clearInterval(localise);
  }
}, 50);

// Esc in a start form closes at most a dropdown, never the whole start dialog with every field typed:
// Tasklist's dialog listens for Esc on the document, so the key stops at the body once the form has had
// it (the dialog still closes with its own button).
function keepDialogOnEscape() {
  document.body.addEventListener('keydown', event => {
    if (event.key === 'Escape' && event.target instanceof Element && event.target.closest('.modal .fjs-form')) {
      event.stopPropagation();
      // A dropdown left open closes as the field loses focus, as a click beside it would.
      if (event.target.closest('.fjs-form-field-select, .fjs-form-field-taglist')) event.target.blur();
    }
  });
}
if (document.body) keepDialogOnEscape();
else document.addEventListener('DOMContentLoaded', keepDialogOnEscape);
