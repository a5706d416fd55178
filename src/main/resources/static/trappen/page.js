// Links of Trappen's own pages (HtmlPage, the dashboard's evaluation) that need a script: a file, not
// javascript: links or inline scripts, so the pages' Content Security Policy allows scripts from the application only.
// "Tilbage til opgaven": a page a form opened in a new tab closes, back to the task as it was left;
// otherwise one step back in the history.
document.querySelectorAll('[data-back]').forEach(a => a.addEventListener('click', e => {
  e.preventDefault();
  // A tab with nothing before it (a form's link opens one) may close itself; the task waits in Tasklist's tab.
  if (history.length <= 1) window.close(); else history.back();
}));
document.querySelectorAll('[data-print]').forEach(a => a.addEventListener('click', e => { e.preventDefault(); window.print(); }));
