// Links of Trappen's own pages (HtmlPage, the dashboard's evaluation) that need a script: a file, not
// javascript: links or inline scripts, so the pages' Content Security Policy allows scripts from the application only.
document.querySelectorAll('[data-back]').forEach(a => a.addEventListener('click', e => { e.preventDefault(); history.back(); }));
document.querySelectorAll('[data-print]').forEach(a => a.addEventListener('click', e => { e.preventDefault(); window.print(); }));
