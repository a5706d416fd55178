// Loaded by Tasklist as a custom script (config.js, customScripts). Tasklist lists a filter's tasks
// newest first unless the address names a sorting (its parameter `sorting`, set by the sort menu).
// Caseworkers work by deadline, so an address without one gets "due date, earliest first"; a sorting
// the user picks in the menu is in the address and left alone.
const BY_DUE_DATE = encodeURIComponent(JSON.stringify([{ sortBy: 'dueDate', sortOrder: 'asc' }]));

function sortByDueDateUnlessChosen() {
  const hash = window.location.hash.replace(/^#/, '');
  const [path, query = ''] = hash.split('?');
  // Only the list itself (`#/` with its filter and task); not the login page.
  if (path !== '/' && path !== '') return;
  if (query.split('&').some(part => part.startsWith('sorting='))) return;
  // Appended to the query as it is: re-encoding the other parameters could change them.
  window.location.replace(`#/?${query ? `${query}&` : ''}sorting=${BY_DUE_DATE}`);
}

window.addEventListener('hashchange', sortByDueDateUnlessChosen);
sortByDueDateUnlessChosen();
